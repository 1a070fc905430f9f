package io.nlc.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one Vaadin UI's element tree, kept up to date from the server's changes as Flow's browser
 * client keeps it: enough of it (tags, properties, attributes, class names, children) to find an item card's level
 * choice and to read what the screen shows after a save.
 */
final class FlowTree {

    // Flow's node features, as numbered in its protocol (com.vaadin.flow.internal.change, NodeFeatureRegistry).
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    /** Where Flow hangs the view's container under the body: walked like children. */
    private static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;

        @Nullable
        String tag;

        @Nullable
        Node parent;

        final List<Node> children = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<String> classes = new ArrayList<>();

        @Nullable
        String text;

        Node(int id) {
            this.id = id;
        }

        Optional<String> property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
        }

        Optional<Node> first(Predicate<Node> test) {
            for (Node child : children) {
                if (test.test(child)) {
                    return Optional.of(child);
                }
                Optional<Node> below = child.first(test);
                if (below.isPresent()) {
                    return below;
                }
            }
            return Optional.empty();
        }

        List<Node> all(Predicate<Node> test) {
            List<Node> found = new ArrayList<>();
            collect(test, found);
            return found;
        }

        private void collect(Predicate<Node> test, List<Node> found) {
            for (Node child : children) {
                if (test.test(child)) {
                    found.add(child);
                }
                child.collect(test, found);
            }
        }

        boolean is(String tagName) {
            return tagName.equals(tag);
        }

        boolean hasClass(String name) {
            return classes.contains(name);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Nodes whose class names the last applied batch of changes touched. */
    private final Set<Integer> classesTouched = new LinkedHashSet<>();

    /** The UI's root element (node 1 in Flow). */
    Node root() {
        return node(1);
    }

    Optional<Node> byId(String id) {
        return root().first(node -> id.equals(node.attributes.get("id")));
    }

    boolean classesTouched(Node node) {
        return classesTouched.contains(node.id);
    }

    /** A property the client itself changed (the person's click), which the server does not send back. */
    void synchronised(int id, String property, JsonNode value) {
        node(id).properties.put(property, value);
    }

    void apply(JsonNode changes) {
        classesTouched.clear();
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            switch (change.path("type").asString()) {
                case "attach" -> nodes.computeIfAbsent(id, Node::new);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                case "splice" -> splice(node(id), change);
                default -> {
                    // Templates, return channels and the like: nothing the load drill reads.
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node node, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.asString());
            case TEXT -> node.text = value.asString();
            default -> {}
        }
    }

    private static void remove(Node node, JsonNode change) {
        String key = change.path("key").asString();
        switch (change.path("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            default -> {}
        }
    }

    private void clear(Node node, int feature) {
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            node.children.forEach(child -> child.parent = null);
            node.children.clear();
        } else if (feature == CLASS_LIST) {
            node.classes.clear();
            classesTouched.add(node.id);
        }
    }

    private void splice(Node node, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        switch (change.path("feat").asInt()) {
            case CHILDREN, VIRTUAL_CHILDREN -> {
                List<Node> range = node.children.subList(index, Math.min(index + removed, node.children.size()));
                range.forEach(child -> child.parent = null);
                range.clear();
                List<Node> added = new ArrayList<>();
                for (JsonNode id : change.path("addNodes")) {
                    Node child = node(id.asInt());
                    child.parent = node;
                    added.add(child);
                }
                node.children.addAll(index, added);
            }
            case CLASS_LIST -> {
                node.classes
                        .subList(index, Math.min(index + removed, node.classes.size()))
                        .clear();
                List<String> added = new ArrayList<>();
                change.path("add").forEach(name -> added.add(name.asString()));
                node.classes.addAll(index, added);
                classesTouched.add(node.id);
            }
            default -> {}
        }
    }
}
