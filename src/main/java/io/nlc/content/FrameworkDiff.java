package io.nlc.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a framework version changes against another, for an administrator deciding whether to activate it: the
 * version's own texts and scoring, themes, items and suggested actions added, removed or changed (with the fields
 * that changed), and translations to check. A pure function of the two versions.
 *
 * @param framework the fields of the version itself that changed (title, provenance, level names, bands...)
 * @param translations texts that are blank in a language, or that changed in some languages but not in this one
 *                     (probably not translated again)
 */
public record FrameworkDiff(
        int fromVersion,
        int toVersion,
        List<Field> framework,
        List<Change> themes,
        List<Change> items,
        List<Change> actions,
        List<Translation> translations) {

    public FrameworkDiff {
        framework = List.copyOf(framework);
        themes = List.copyOf(themes);
        items = List.copyOf(items);
        actions = List.copyOf(actions);
        translations = List.copyOf(translations);
    }

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** A field that can change; the level fields are the five level descriptors of an item or level names. */
    public enum Field {
        TITLE,
        PROVENANCE,
        INTRODUCTION,
        GOOD_PRACTICE_SOURCE,
        GOOD_PRACTICES,
        LEVEL_NAMES,
        BANDS,
        ORDER,
        KIND,
        NAME,
        DESCRIPTION,
        WEIGHT,
        DEFAULT_TARGET,
        THEME,
        TIER,
        QUESTION,
        GUIDANCE,
        LEVEL_0,
        LEVEL_1,
        LEVEL_2,
        LEVEL_3,
        LEVEL_4,
        ITEMS,
        LEVELS,
        TEXT;

        static Field level(int level) {
            return values()[LEVEL_0.ordinal() + level];
        }
    }

    /** A theme, item or action of either version: added, removed, or changed in the listed fields. */
    public record Change(String id, Kind kind, List<Field> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    public enum Gap {
        /** The text is blank in this language. */
        MISSING,
        /** The text changed in another language but not in this one. */
        NOT_UPDATED
    }

    /** A text of the new version ({@code id}: a theme, item or action, or null for the version itself) to translate. */
    public record Translation(@Nullable String id, Field field, Language language, Gap gap) {}

    public boolean unchanged() {
        return framework.isEmpty()
                && themes.isEmpty()
                && items.isEmpty()
                && actions.isEmpty()
                && translations.isEmpty();
    }

    /** What {@code to} changes against {@code from}. */
    public static FrameworkDiff between(Framework from, Framework to) {
        Builder diff = new Builder();
        List<Field> own = new ArrayList<>();
        diff.text(null, Field.TITLE, from.title(), to.title(), own);
        diff.text(null, Field.PROVENANCE, from.provenance(), to.provenance(), own);
        diff.text(null, Field.INTRODUCTION, from.introduction(), to.introduction(), own);
        diff.text(null, Field.GOOD_PRACTICE_SOURCE, from.goodPracticeSource(), to.goodPracticeSource(), own);
        diff.value(Field.GOOD_PRACTICES, from.goodPractices(), to.goodPractices(), own);
        boolean levelNames = false;
        for (int level = 0; level <= Item.MAX_LEVEL; level++) {
            List<Field> ignored = new ArrayList<>();
            diff.text(null, Field.LEVEL_NAMES, from.levelName(level), to.levelName(level), ignored);
            levelNames |= !ignored.isEmpty();
        }
        if (levelNames) {
            own.add(Field.LEVEL_NAMES);
        }
        diff.value(Field.BANDS, from.bands(), to.bands(), own);

        List<Change> themes = compare(from.themes(), to.themes(), Theme::id, (before, after) -> {
            List<Field> fields = new ArrayList<>();
            diff.value(Field.KIND, before.kind(), after.kind(), fields);
            diff.text(after.id(), Field.NAME, before.name(), after.name(), fields);
            diff.text(after.id(), Field.DESCRIPTION, before.description(), after.description(), fields);
            diff.value(Field.WEIGHT, before.weight(), after.weight(), fields);
            diff.value(Field.DEFAULT_TARGET, before.defaultTarget(), after.defaultTarget(), fields);
            diff.value(Field.ITEMS, ids(before.items(), Item::id), ids(after.items(), Item::id), fields);
            return fields;
        });
        List<Item> fromItems = items(from);
        List<Item> toItems = items(to);
        List<Change> items = compare(fromItems, toItems, Item::id, (before, after) -> {
            List<Field> fields = new ArrayList<>();
            diff.value(Field.THEME, before.themeId(), after.themeId(), fields);
            diff.value(Field.TIER, before.tier(), after.tier(), fields);
            diff.value(Field.WEIGHT, before.weight(), after.weight(), fields);
            diff.value(Field.GOOD_PRACTICES, before.goodPractices(), after.goodPractices(), fields);
            diff.text(after.id(), Field.QUESTION, before.question(), after.question(), fields);
            diff.text(after.id(), Field.GUIDANCE, before.guidance(), after.guidance(), fields);
            for (int level = 0; level <= Item.MAX_LEVEL; level++) {
                diff.text(after.id(), Field.level(level), before.level(level), after.level(level), fields);
            }
            return fields;
        });
        List<Change> actions = compare(actions(from), actions(to), SuggestedAction::id, (before, after) -> {
            List<Field> fields = new ArrayList<>();
            diff.value(Field.THEME, before.themeId(), after.themeId(), fields);
            diff.value(Field.ITEMS, before.itemIds(), after.itemIds(), fields);
            diff.value(Field.LEVELS, before.levels(), after.levels(), fields);
            diff.text(after.id(), Field.TEXT, before.text(), after.text(), fields);
            return fields;
        });
        if (!ids(from.themes(), Theme::id).equals(ids(to.themes(), Theme::id))
                && themes.stream().noneMatch(change -> change.kind() != Kind.CHANGED)) {
            own.add(Field.ORDER);
        }
        // Texts that are new have nothing to be compared with; only blanks count for them.
        Map<String, Item> oldItems = byId(fromItems, Item::id);
        for (Item item : toItems) {
            if (!oldItems.containsKey(item.id())) {
                diff.blanks(item.id(), Field.QUESTION, item.question());
                diff.blanks(item.id(), Field.GUIDANCE, item.guidance());
                for (int level = 0; level <= Item.MAX_LEVEL; level++) {
                    diff.blanks(item.id(), Field.level(level), item.level(level));
                }
            }
        }
        Map<String, Theme> oldThemes = byId(from.themes(), Theme::id);
        for (Theme theme : to.themes()) {
            if (!oldThemes.containsKey(theme.id())) {
                diff.blanks(theme.id(), Field.NAME, theme.name());
                diff.blanks(theme.id(), Field.DESCRIPTION, theme.description());
            }
        }
        Map<String, SuggestedAction> oldActions = byId(actions(from), SuggestedAction::id);
        for (SuggestedAction action : actions(to)) {
            if (!oldActions.containsKey(action.id())) {
                diff.blanks(action.id(), Field.TEXT, action.text());
            }
        }
        return new FrameworkDiff(from.version(), to.version(), own, themes, items, actions, diff.translations);
    }

    private static List<Item> items(Framework framework) {
        return framework.themes().stream()
                .flatMap(theme -> theme.items().stream())
                .toList();
    }

    private static List<SuggestedAction> actions(Framework framework) {
        return framework.themes().stream()
                .flatMap(theme -> theme.actions().stream())
                .toList();
    }

    private static <T> List<String> ids(List<T> list, Function<T, String> id) {
        return list.stream().map(id).toList();
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        list.forEach(element -> map.put(id.apply(element), element));
        return map;
    }

    /** Removed ones in the old order, then added and changed ones in the new order. */
    private static <T> List<Change> compare(
            List<T> before,
            List<T> after,
            Function<T, String> id,
            java.util.function.BiFunction<T, T, List<Field>> fields) {
        Map<String, T> old = byId(before, id);
        Map<String, T> now = byId(after, id);
        List<Change> changes = new ArrayList<>();
        old.keySet().stream()
                .filter(key -> !now.containsKey(key))
                .forEach(key -> changes.add(new Change(key, Kind.REMOVED, List.of())));
        for (Map.Entry<String, T> entry : now.entrySet()) {
            T previous = old.get(entry.getKey());
            if (previous == null) {
                changes.add(new Change(entry.getKey(), Kind.ADDED, List.of()));
            } else {
                List<Field> changed = fields.apply(previous, entry.getValue());
                if (!changed.isEmpty()) {
                    changes.add(new Change(entry.getKey(), Kind.CHANGED, changed));
                }
            }
        }
        return changes;
    }

    private static final class Builder {

        private final List<Translation> translations = new ArrayList<>();

        void value(Field field, @Nullable Object before, @Nullable Object after, List<Field> fields) {
            if (!Objects.equals(before, after)) {
                fields.add(field);
            }
        }

        /** Records the field if the text changed, and the languages left behind or blank. */
        void text(
                @Nullable String id,
                Field field,
                @Nullable LocalizedText before,
                @Nullable LocalizedText after,
                List<Field> fields) {
            if (Objects.equals(before, after)) {
                if (after != null) {
                    blanks(id, field, after);
                }
                return;
            }
            fields.add(field);
            if (after == null) {
                return;
            }
            for (Language language : Language.values()) {
                String text = after.in(language);
                if (text.isBlank()) {
                    translations.add(new Translation(id, field, language, Gap.MISSING));
                } else if (before != null && text.equals(before.in(language))) {
                    translations.add(new Translation(id, field, language, Gap.NOT_UPDATED));
                }
            }
        }

        void blanks(@Nullable String id, Field field, LocalizedText text) {
            for (Language language : Language.values()) {
                if (text.in(language).isBlank()) {
                    translations.add(new Translation(id, field, language, Gap.MISSING));
                }
            }
        }
    }
}
