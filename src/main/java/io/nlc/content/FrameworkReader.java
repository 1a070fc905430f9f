package io.nlc.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one framework version folder and checks its structure and cross-references. Every problem is collected
 * so an author sees them all at once; any problem means no framework is returned.
 */
final class FrameworkReader {

    static final String FRAMEWORK_FILE = "framework.yaml";
    static final String GLOSSARY_FILE = "glossary.yaml";
    private static final int LEVEL_COUNT = Item.MAX_LEVEL + 1;
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final Resource folder;
    private final AvoidedForms avoided;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();
    private final MessageDigest digest;

    private FrameworkReader(Resource folder, Glossary glossary) {
        this.folder = folder;
        this.avoided = new AvoidedForms(glossary);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Reads the folder that holds {@code framework.yaml}; throws with every problem found. */
    static Framework read(Resource folder) {
        return check(folder, new Glossary(List.of())).framework();
    }

    /**
     * Reads the folder that holds {@code framework.yaml}; throws with every problem found; returns the framework
     * with the glossary's avoided forms its texts use, as warnings.
     */
    static CheckedFramework check(Resource folder, Glossary glossary) {
        FrameworkReader reader = new FrameworkReader(folder, glossary);
        Framework framework = reader.readFramework();
        if (framework == null || !reader.problems.isEmpty()) {
            throw new ContentValidationException(describe(folder), reader.problems);
        }
        return new CheckedFramework(framework, reader.warnings);
    }

    private static String describe(Resource folder) {
        return folder.getDescription();
    }

    private @Nullable Framework readFramework() {
        JsonNode root = parse(FRAMEWORK_FILE);
        if (root == null) {
            return null;
        }
        String id = text(root, "id", FRAMEWORK_FILE, null);
        int version = integer(root, "version", FRAMEWORK_FILE, null, 1, Integer.MAX_VALUE);
        LocalizedText title = localized(root, "title", FRAMEWORK_FILE, null);
        LocalizedText provenance = localized(root, "provenance", FRAMEWORK_FILE, null);
        LocalizedText introduction = optionalLocalized(root, "introduction", FRAMEWORK_FILE);
        LocalizedText goodPracticeSource = optionalLocalized(root, "goodPracticeSource", FRAMEWORK_FILE);
        List<LocalizedText> levelNames = levels(root, FRAMEWORK_FILE, null);
        List<Band> bands = bands(root);
        List<Integer> goodPractices = new ArrayList<>();
        for (JsonNode number : root.path("goodPractices")) {
            goodPractices.add(number.asInt());
        }
        if (goodPractices.isEmpty()) {
            problem(FRAMEWORK_FILE, null, "content.problem.good-practices");
        }
        JsonNode themeFiles = root.path("themes");
        if (!themeFiles.isArray() || themeFiles.isEmpty()) {
            problem(FRAMEWORK_FILE, null, "content.problem.themes");
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode file : themeFiles) {
            Theme theme = readTheme(file.asString(), Set.copyOf(goodPractices), ids);
            if (theme != null) {
                themes.add(theme);
            }
        }
        if (themes.stream().noneMatch(theme -> theme.kind() == ThemeKind.THEME)) {
            problem(FRAMEWORK_FILE, null, "content.problem.no-theme");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String checksum = HexFormat.of().formatHex(digest.digest());
        return new Framework(
                id,
                version,
                checksum,
                title,
                provenance,
                introduction,
                levelNames,
                bands,
                List.copyOf(goodPractices),
                goodPracticeSource,
                List.copyOf(themes));
    }

    private List<Band> bands(JsonNode root) {
        List<Band> bands = new ArrayList<>();
        JsonNode node = root.path("bands");
        for (JsonNode band : node) {
            int level = integer(band, "level", FRAMEWORK_FILE, "bands", 0, Item.MAX_LEVEL);
            double from = band.path("from").asDouble(-1);
            if (from < 0 || from > 100) {
                problem(FRAMEWORK_FILE, "bands", "content.problem.band-from", String.valueOf(level));
            }
            bands.add(new Band(level, from));
        }
        if (bands.size() != LEVEL_COUNT) {
            problem(FRAMEWORK_FILE, "bands", "content.problem.band-count");
        } else {
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).level() != i
                        || (i > 0 && bands.get(i).from() <= bands.get(i - 1).from())) {
                    problem(FRAMEWORK_FILE, "bands", "content.problem.band-order");
                    break;
                }
            }
            if (bands.getFirst().from() != 0) {
                problem(FRAMEWORK_FILE, "bands", "content.problem.band-start");
            }
        }
        return List.copyOf(bands);
    }

    private @Nullable Theme readTheme(String file, Set<Integer> knownPractices, Set<String> ids) {
        JsonNode root = parse(file);
        if (root == null) {
            return null;
        }
        String themeId = text(root, "id", file, null);
        unique(ids, themeId, file);
        ThemeKind kind = enumValue(root, "kind", ThemeKind.class, file, themeId);
        double weight = weight(root, file, themeId);
        int defaultTarget = integer(root, "defaultTarget", file, themeId, 0, Item.MAX_LEVEL);
        LocalizedText name = localized(root, "name", file, themeId);
        LocalizedText description = localized(root, "description", file, themeId);

        List<Item> items = new ArrayList<>();
        JsonNode itemNodes = root.path("items");
        if (!itemNodes.isArray() || itemNodes.isEmpty()) {
            problem(file, themeId, "content.problem.no-items");
        }
        for (JsonNode node : itemNodes) {
            String itemId = text(node, "id", file, themeId);
            unique(ids, itemId, file);
            if (!itemId.startsWith(themeId + ".")) {
                problem(file, itemId, "content.problem.item-prefix", themeId);
            }
            Tier tier = enumValue(node, "tier", Tier.class, file, itemId);
            List<Integer> practices = new ArrayList<>();
            for (JsonNode number : node.path("goodPractices")) {
                if (!number.isInt() || !knownPractices.contains(number.asInt())) {
                    problem(file, itemId, "content.problem.good-practice", number.toString());
                } else {
                    practices.add(number.asInt());
                }
            }
            items.add(new Item(
                    itemId,
                    themeId,
                    tier,
                    weight(node, file, itemId),
                    List.copyOf(practices),
                    localized(node, "question", file, itemId),
                    localized(node, "guidance", file, itemId),
                    levels(node, file, itemId)));
        }
        if (items.stream().noneMatch(item -> item.tier() == Tier.CORE)) {
            problem(file, themeId, "content.problem.no-core");
        }

        Set<String> itemIds = new HashSet<>();
        items.forEach(item -> itemIds.add(item.id()));
        List<SuggestedAction> actions = new ArrayList<>();
        for (JsonNode node : root.path("actions")) {
            String actionId = text(node, "id", file, themeId);
            unique(ids, actionId, file);
            List<String> targets = new ArrayList<>();
            for (JsonNode target : node.path("items")) {
                if (!itemIds.contains(target.asString())) {
                    problem(file, actionId, "content.problem.action-item", target.asString());
                }
                targets.add(target.asString());
            }
            if (targets.isEmpty()) {
                problem(file, actionId, "content.problem.action-items");
            }
            Set<Integer> levels = new TreeSet<>();
            for (JsonNode level : node.path("levels")) {
                if (!level.isInt() || level.asInt() < 0 || level.asInt() > Item.MAX_LEVEL) {
                    problem(file, actionId, "content.problem.action-level", level.toString());
                } else {
                    levels.add(level.asInt());
                }
            }
            if (levels.isEmpty()) {
                problem(file, actionId, "content.problem.action-levels");
            }
            actions.add(new SuggestedAction(
                    actionId,
                    themeId,
                    List.copyOf(targets),
                    Set.copyOf(levels),
                    localized(node, "text", file, actionId)));
        }
        return new Theme(
                themeId, kind, weight, defaultTarget, name, description, List.copyOf(items), List.copyOf(actions));
    }

    private @Nullable JsonNode parse(String file) {
        if (file.isBlank() || file.contains("..")) {
            problem(FRAMEWORK_FILE, null, "content.problem.file-name", file);
            return null;
        }
        try {
            Resource resource = folder.createRelative(file);
            if (!resource.exists()) {
                problem(file, null, "content.problem.no-file");
                return null;
            }
            byte[] bytes;
            try (InputStream in = resource.getInputStream()) {
                bytes = in.readAllBytes();
            }
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            JsonNode root = YAML.readTree(bytes);
            if (root == null || !root.isObject()) {
                problem(file, null, "content.problem.not-mapping");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            problem(file, null, "content.problem.yaml", String.valueOf(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problem(file, null, "content.problem.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
    }

    private String text(JsonNode node, String field, String file, @Nullable String itemId) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            problem(file, itemId, "content.problem.missing", field);
            return "";
        }
        return value.asString().strip();
    }

    private int integer(JsonNode node, String field, String file, @Nullable String itemId, int min, int max) {
        JsonNode value = node.path(field);
        if (!value.isInt() || value.asInt() < min || value.asInt() > max) {
            if (max == Integer.MAX_VALUE) {
                problem(file, itemId, "content.problem.minimum", field, String.valueOf(min));
            } else {
                problem(file, itemId, "content.problem.range", field, String.valueOf(min), String.valueOf(max));
            }
            return min;
        }
        return value.asInt();
    }

    private double weight(JsonNode node, String file, @Nullable String itemId) {
        JsonNode value = node.path("weight");
        if (!value.isNumber() || value.asDouble() <= 0) {
            problem(file, itemId, "content.problem.weight");
            return 1;
        }
        return value.asDouble();
    }

    private <E extends Enum<E>> E enumValue(
            JsonNode node, String field, Class<E> type, String file, @Nullable String itemId) {
        String value = node.path(field).asString("");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase());
        }
        problem(file, itemId, "content.problem.choice", field, String.join(", ", allowed), value);
        return type.getEnumConstants()[0];
    }

    private LocalizedText localized(JsonNode node, String field, String file, @Nullable String itemId) {
        return localized(node, field, field, file, itemId);
    }

    /** The text of {@code node.field}; problems and warnings name it by {@code label}, such as "levels.2". */
    private LocalizedText localized(JsonNode node, String field, String label, String file, @Nullable String itemId) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            problem(file, itemId, "content.problem.languages", label);
            return new LocalizedText("", "", "");
        }
        Map<Language, String> texts = new HashMap<>();
        for (Language language : Language.values()) {
            JsonNode text = value.path(language.code());
            if (!text.isString() || text.asString().isBlank()) {
                problem(file, itemId, "content.problem.no-text", label, language.code());
                texts.put(language, "");
            } else {
                texts.put(language, text.asString().strip());
            }
        }
        Set<String> extra = new LinkedHashSet<>(value.propertyNames());
        for (Language language : Language.values()) {
            extra.remove(language.code());
        }
        if (!extra.isEmpty()) {
            problem(file, itemId, "content.problem.extra-languages", label, String.join(", ", extra));
        }
        if (!avoided.isEmpty()) {
            warnings.addAll(avoided.find(file, itemId, label, texts));
        }
        return new LocalizedText(texts.get(Language.EN), texts.get(Language.FR), texts.get(Language.AR));
    }

    private @Nullable LocalizedText optionalLocalized(JsonNode node, String field, String file) {
        return node.has(field) ? localized(node, field, file, null) : null;
    }

    /**
     * Reads the glossary file of a content location, if there is one; throws with every problem found. Its terms
     * are not part of any version's checksum: the glossary explains words, it does not change what was answered.
     */
    static Glossary readGlossary(Resource location) {
        FrameworkReader reader = new FrameworkReader(location, new Glossary(List.of()));
        try {
            if (!location.createRelative(GLOSSARY_FILE).exists()) {
                return new Glossary(List.of());
            }
        } catch (IOException e) {
            throw new ContentValidationException(
                    describe(location),
                    List.of(new ContentProblem(
                            GLOSSARY_FILE, null, "content.problem.unreadable", String.valueOf(e.getMessage()))));
        }
        List<GlossaryTerm> terms = reader.readTerms();
        if (!reader.problems.isEmpty()) {
            throw new ContentValidationException(describe(location), reader.problems);
        }
        return new Glossary(terms);
    }

    private List<GlossaryTerm> readTerms() {
        JsonNode root = parse(GLOSSARY_FILE);
        List<GlossaryTerm> terms = new ArrayList<>();
        if (root == null) {
            return terms;
        }
        JsonNode nodes = root.path("terms");
        if (!nodes.isArray() || nodes.isEmpty()) {
            problem(GLOSSARY_FILE, null, "content.problem.no-terms");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode node : nodes) {
            String id = text(node, "id", GLOSSARY_FILE, null);
            unique(ids, id, GLOSSARY_FILE);
            List<String> avoid = new ArrayList<>();
            for (JsonNode form : node.path("avoid")) {
                if (!form.isString() || form.asString().isBlank()) {
                    problem(GLOSSARY_FILE, id, "content.problem.avoid");
                } else {
                    avoid.add(form.asString().strip());
                }
            }
            terms.add(new GlossaryTerm(
                    id,
                    localized(node, "term", GLOSSARY_FILE, id),
                    localized(node, "meaning", GLOSSARY_FILE, id),
                    List.copyOf(avoid)));
        }
        return List.copyOf(terms);
    }

    private List<LocalizedText> levels(JsonNode node, String file, @Nullable String itemId) {
        JsonNode levels = node.path("levels");
        List<LocalizedText> result = new ArrayList<>();
        for (int level = 0; level < LEVEL_COUNT; level++) {
            if (!levels.has(String.valueOf(level))) {
                problem(file, itemId, "content.problem.no-level", String.valueOf(level));
                result.add(new LocalizedText("", "", ""));
            } else {
                result.add(localized(levels, String.valueOf(level), "levels." + level, file, itemId));
            }
        }
        if (levels.isObject() && levels.size() > LEVEL_COUNT) {
            problem(file, itemId, "content.problem.levels");
        }
        return List.copyOf(result);
    }

    private void unique(Set<String> ids, String id, String file) {
        if (!id.isEmpty() && !ids.add(id)) {
            problem(file, id, "content.problem.duplicate-id");
        }
    }

    private void problem(String file, @Nullable String itemId, String key, String... arguments) {
        problems.add(new ContentProblem(file, itemId, key, arguments));
    }
}
