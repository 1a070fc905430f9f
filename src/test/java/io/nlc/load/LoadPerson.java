package io.nlc.load;

import io.nlc.load.FlowTree.Node;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated person of a city team: signs in, opens the round's questionnaire at the theme they look after (as
 * the link from "My items" does), and then chooses another level on one of that theme's items every few seconds,
 * as a person clicking the radio button would. Each save is timed from the request to the answer that shows the
 * item as saved. The person remembers the level of every save the screen showed as saved, so that a fresh page at
 * the end can show whether any of them was lost.
 */
final class LoadPerson {

    private static final Pattern CHECKED = Pattern.compile("value=\"(\\d+)\" checked");

    /** What one save came to. */
    enum Outcome {
        SAVED,
        CONFLICT,
        ERROR
    }

    record Save(Outcome outcome, long nanos, String detail) {}

    private final FlowClient client;
    private final String username;
    private final String password;
    private final String theme;
    /** The questionnaire at the person's theme, once the home page has shown which round it is. */
    private String page = "";
    /** Item id to the level index (position in the level choice) of its last save shown as saved. */
    private final Map<String, Integer> shownSaved = new HashMap<>();
    /** The option each item has checked in this person's browser. */
    private final Map<String, Integer> clicked = new HashMap<>();

    private List<String> items = List.of();
    private int next;

    LoadPerson(HttpClient http, URI base, String username, String password, String theme) {
        this.client = new FlowClient(http, base);
        this.username = username;
        this.password = password;
        this.theme = theme;
    }

    String username() {
        return username;
    }

    /**
     * Signs in, lands on the home page as the sign-in sends them there, and follows its link to their round's
     * questionnaire at their theme (one UI, as in the browser); returns the number of items on the screen.
     */
    int start() throws IOException, InterruptedException, FlowClient.Failure {
        client.signIn(username, password);
        client.open("/");
        String round = client.tree().root().all(node -> node.is("a")).stream()
                .map(link -> link.attributes.getOrDefault("href", ""))
                .filter(href -> href.matches("assessments/\\d+"))
                .findFirst()
                .orElseThrow(() -> new FlowClient.Failure(username + ": no round on the home page"));
        page = round + "?item=" + theme + ".1";
        client.navigate(round, "item=" + theme + ".1");
        items = itemsOnScreen(client.tree());
        if (items.isEmpty()) {
            throw new FlowClient.Failure(username + ": no item on " + page);
        }
        next = ThreadLocalRandom.current().nextInt(items.size());
        return items.size();
    }

    Save saveOne() throws InterruptedException {
        String item = items.get(next++ % items.size());
        long started = System.nanoTime();
        try {
            FlowTree tree = client.tree();
            Node card = tree.byId("item-" + item).orElseThrow(() -> new FlowClient.Failure("card " + item + " gone"));
            Node group = levelChoice(card);
            // The browser checks the clicked radio button itself; the markup shows what the server drew last.
            int current = clicked.computeIfAbsent(item, unused -> checkedIn(group));
            int choice;
            do {
                // Levels 0 to 4 are the first five options; "not applicable" and "do not know" follow.
                choice = ThreadLocalRandom.current().nextInt(5);
            } while (choice == current);
            String key = String.valueOf(choice);
            clicked.put(item, choice);
            // What a click on a native radio button of the choice sends: the change event with the option's value.
            ObjectNode data = FlowClient.JSON.createObjectNode().put("event.target.value", key);
            List<ObjectNode> click = List.of(FlowClient.event(group.id, "change", data));
            JsonNode answer = client.rpc(click);
            long nanos = System.nanoTime() - started;
            Node status = status(card);
            if (status.hasClass("status-saved") && tree.classesTouched(status)) {
                shownSaved.put(item, choice);
                return new Save(Outcome.SAVED, nanos, "");
            }
            if (status.hasClass("status-conflict")) {
                return new Save(Outcome.CONFLICT, nanos, item);
            }
            return new Save(
                    Outcome.ERROR,
                    nanos,
                    item + " shows " + status.classes + " group " + group.classes + " touched "
                            + tree.classesTouched(group) + " sent " + key
                            + " answer "
                            + answer.toString()
                                    .substring(
                                            0, Math.min(600, answer.toString().length())));
        } catch (IOException | FlowClient.Failure | RuntimeException e) {
            return new Save(Outcome.ERROR, System.nanoTime() - started, e.toString());
        }
    }

    void heartbeat() throws IOException, InterruptedException, FlowClient.Failure {
        client.heartbeat();
    }

    /**
     * Opens the page afresh and lists every item whose level on the screen is not the one of its last save that was
     * shown as saved. Team members look after different themes, so no one else changes these items.
     */
    List<String> lostSaves() throws IOException, InterruptedException, FlowClient.Failure {
        client.open(page);
        List<String> lost = new ArrayList<>();
        shownSaved.forEach((item, level) -> {
            Optional<Node> card = client.tree().byId("item-" + item);
            int shown =
                    card.map(LoadPerson::levelChoice).map(LoadPerson::checkedIn).orElse(-1);
            if (shown != level) {
                lost.add(username + " " + item + ": saved level option " + level + ", shown " + shown);
            }
        });
        return lost;
    }

    int savesShown() {
        return shownSaved.size();
    }

    private static List<String> itemsOnScreen(FlowTree tree) {
        return tree.root().all(node -> node.attributes.getOrDefault("id", "").startsWith("item-")).stream()
                .filter(node -> node.hasClass("item-card"))
                .map(node -> node.attributes.get("id").substring("item-".length()))
                .toList();
    }

    private static Node levelChoice(Node card) {
        return card.first(node -> node.hasClass("choice-group") && node.hasClass("level-choice"))
                .orElseThrow(() -> new IllegalStateException("no level choice in " + card.attributes.get("id")));
    }

    private static Node status(Node card) {
        return card.first(node -> node.hasClass("save-status"))
                .orElseThrow(() -> new IllegalStateException("no save status in " + card.attributes.get("id")));
    }

    /** The position of the option checked in the level choice's markup, or -1 when none is. */
    private static int checkedIn(Node group) {
        String markup = group.first(node -> node.is("fieldset"))
                .flatMap(fieldset -> fieldset.property("innerHTML"))
                .orElseThrow(() -> new IllegalStateException("no options in the level choice"));
        Matcher checked = CHECKED.matcher(markup);
        return checked.find() ? Integer.parseInt(checked.group(1)) : -1;
    }
}
