package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.content.FrameworkDiff.Change;
import io.nlc.content.FrameworkDiff.Field;
import io.nlc.content.FrameworkDiff.Gap;
import io.nlc.content.FrameworkDiff.Kind;
import io.nlc.content.FrameworkDiff.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The diff between two hand-made versions: added, removed and changed parts, and translations to check. */
class FrameworkDiffTest {

    @Test
    void aVersionAgainstItselfChangesNothing() {
        Framework one = framework(1, List.of(theme("T1", item("T1.1"), item("T1.2"))));
        FrameworkDiff diff = FrameworkDiff.between(one, one);
        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.fromVersion()).isEqualTo(1);
    }

    @Test
    void itemsAddedRemovedAndChangedWithTheirFields() {
        Framework before = framework(1, List.of(theme("T1", item("T1.1"), item("T1.2"), item("T1.3"))));
        Item changed = item("T1.2");
        changed = new Item(
                changed.id(),
                changed.themeId(),
                Tier.DETAILED,
                5,
                changed.goodPractices(),
                text("New question T1.2"),
                changed.guidance(),
                replace(changed.levels(), 3, text("New level 3 of T1.2")));
        Framework after = framework(2, List.of(theme("T1", item("T1.1"), changed, item("T1.4"))));

        FrameworkDiff diff = FrameworkDiff.between(before, after);

        assertThat(diff.items())
                .containsExactly(
                        new Change("T1.3", Kind.REMOVED, List.of()),
                        new Change(
                                "T1.2", Kind.CHANGED, List.of(Field.TIER, Field.WEIGHT, Field.QUESTION, Field.LEVEL_3)),
                        new Change("T1.4", Kind.ADDED, List.of()));
        assertThat(diff.themes()).containsExactly(new Change("T1", Kind.CHANGED, List.of(Field.ITEMS)));
        assertThat(diff.framework()).isEmpty();
        assertThat(diff.translations()).isEmpty();
    }

    @Test
    void themesAndActionsAddedAndRemoved() {
        Framework before = framework(1, List.of(theme("T1", item("T1.1")), theme("T2", item("T2.1"))));
        Theme t1 = theme("T1", item("T1.1"));
        Theme withAction = new Theme(
                t1.id(),
                t1.kind(),
                t1.weight(),
                t1.defaultTarget(),
                t1.name(),
                t1.description(),
                t1.items(),
                List.of(new SuggestedAction("T1.A1", "T1", List.of("T1.1"), Set.of(0, 1), text("Do it"))));
        Framework after = framework(2, List.of(withAction, theme("T3", item("T3.1"))));

        FrameworkDiff diff = FrameworkDiff.between(before, after);

        assertThat(diff.themes())
                .containsExactly(new Change("T2", Kind.REMOVED, List.of()), new Change("T3", Kind.ADDED, List.of()));
        assertThat(diff.items())
                .containsExactly(
                        new Change("T2.1", Kind.REMOVED, List.of()), new Change("T3.1", Kind.ADDED, List.of()));
        assertThat(diff.actions()).containsExactly(new Change("T1.A1", Kind.ADDED, List.of()));
    }

    @Test
    void missingAndNotUpdatedTranslations() {
        Framework before = framework(1, List.of(theme("T1", item("T1.1"), item("T1.2"))));
        Item retranslated = item("T1.1");
        // The English guidance changed, the French followed, the Arabic did not.
        retranslated = new Item(
                retranslated.id(),
                retranslated.themeId(),
                retranslated.tier(),
                retranslated.weight(),
                retranslated.goodPractices(),
                retranslated.question(),
                new LocalizedText(
                        "New guidance",
                        "Nouveaux conseils",
                        retranslated.guidance().ar()),
                retranslated.levels());
        Item blank = item("T1.3");
        blank = new Item(
                blank.id(),
                blank.themeId(),
                blank.tier(),
                blank.weight(),
                blank.goodPractices(),
                new LocalizedText("Question T1.3", "", ""),
                blank.guidance(),
                blank.levels());
        Framework after = framework(2, List.of(theme("T1", retranslated, item("T1.2"), blank)));

        FrameworkDiff diff = FrameworkDiff.between(before, after);

        assertThat(diff.items()).contains(new Change("T1.1", Kind.CHANGED, List.of(Field.GUIDANCE)));
        assertThat(diff.translations())
                .containsExactly(
                        new Translation("T1.1", Field.GUIDANCE, Language.AR, Gap.NOT_UPDATED),
                        new Translation("T1.3", Field.QUESTION, Language.FR, Gap.MISSING),
                        new Translation("T1.3", Field.QUESTION, Language.AR, Gap.MISSING));
    }

    @Test
    void theVersionsOwnTextsAndScoring() {
        Framework before = framework(1, List.of(theme("T1", item("T1.1"))));
        Framework after = new Framework(
                before.id(),
                2,
                "other",
                text("Another title"),
                before.provenance(),
                null,
                replace(before.levelNames(), 2, text("Growing")),
                List.of(new Band(0, 0), new Band(1, 20), new Band(2, 40), new Band(3, 60), new Band(4, 80)),
                before.goodPractices(),
                null,
                before.themes());

        FrameworkDiff diff = FrameworkDiff.between(before, after);

        assertThat(diff.framework()).containsExactly(Field.TITLE, Field.LEVEL_NAMES, Field.BANDS);
        assertThat(diff.themes()).isEmpty();
        assertThat(diff.items()).isEmpty();
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return List.copyOf(copy);
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, en + " (fr)", en + " (ar)");
    }

    private static Item item(String id) {
        return new Item(
                id,
                id.substring(0, id.indexOf('.')),
                Tier.CORE,
                1,
                List.of(),
                text("Question " + id),
                text("Guidance " + id),
                IntStream.rangeClosed(0, Item.MAX_LEVEL)
                        .mapToObj(level -> text(id + " at level " + level))
                        .toList());
    }

    private static Theme theme(String id, Item... items) {
        return new Theme(
                id, ThemeKind.THEME, 1, 3, text("Theme " + id), text("About " + id), List.of(items), List.of());
    }

    private static Framework framework(int version, List<Theme> themes) {
        return new Framework(
                "test",
                version,
                "checksum-" + version,
                text("Title"),
                text("Provenance"),
                null,
                IntStream.rangeClosed(0, Item.MAX_LEVEL)
                        .mapToObj(level -> text("Level " + level))
                        .toList(),
                List.of(new Band(0, 0), new Band(1, 12.5), new Band(2, 37.5), new Band(3, 62.5), new Band(4, 87.5)),
                List.of(1, 2, 3),
                null,
                themes);
    }
}
