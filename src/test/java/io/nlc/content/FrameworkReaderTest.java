package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class FrameworkReaderTest {

    @TempDir
    Path dir;

    /** The shipped content, not the test framework: every installed version loads, complete in three languages. */
    @Test
    void shippedVersionsAreCompleteInAllThreeLanguages() {
        FrameworkCatalog catalog = new FrameworkCatalog("classpath*:toolkit-content/");
        assertThat(catalog.all()).extracting(Framework::version).contains(1, 2);
        assertThat(catalog.current().version()).isGreaterThanOrEqualTo(2);
        for (Framework framework : catalog.all()) {
            assertThat(framework.checksum()).matches("[0-9a-f]{64}");
            assertThat(framework.coreThemes()).hasSize(6);
            assertThat(framework.modules()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(framework.provenance().en()).contains("not the official text");
            for (Theme theme : framework.themes()) {
                assertThat(theme.items()).as(theme.id()).hasSizeGreaterThanOrEqualTo(5);
                assertThat(theme.actions()).as(theme.id()).isNotEmpty();
                for (Item item : theme.items()) {
                    assertThat(item.levels()).hasSize(5);
                    for (Language language : Language.values()) {
                        assertThat(item.question().in(language)).as(item.id()).isNotBlank();
                        item.levels()
                                .forEach(level -> assertThat(level.in(language))
                                        .as(item.id())
                                        .isNotBlank());
                    }
                }
            }
        }
        assertThat(catalog.glossary().terms()).isNotEmpty();
    }

    /** The authoring rules of toolkit-content/README.md, for the version new rounds start on. */
    @Test
    void theNewestShippedVersionFollowsTheAuthoringRules() {
        Framework current = new FrameworkCatalog("classpath*:toolkit-content/").current();
        assertThat(current.nearestLevelBands()).isTrue();
        assertThat(current.introduction()).isNotNull();
        for (Theme theme : current.themes()) {
            for (Item item : theme.items()) {
                for (int level = 0; level < Item.MAX_LEVEL; level++) {
                    int at = level;
                    assertThat(theme.actions())
                            .as("an action for %s at level %d", item.id(), level)
                            .anyMatch(action -> action.appliesTo(item.id(), at));
                }
            }
        }
    }

    /** Version 1 stays as rounds were started on it: its checksum never moves. */
    @Test
    void shippedVersionOneIsUnchanged() {
        assertThat(new FrameworkCatalog("classpath*:toolkit-content/")
                        .version(1)
                        .checksum())
                .isEqualTo("b7e4ec5d1cac6a29e4ef101c1894202c03b3b148f3e24bba9a3feb1fd5e67228");
    }

    @Test
    void validMinimalFrameworkLoads() throws IOException {
        Framework framework = read(write(text -> text));
        assertThat(framework.themes()).singleElement().satisfies(theme -> {
            assertThat(theme.items()).extracting(Item::id).containsExactly("T1.1", "T1.2");
            assertThat(theme.actions())
                    .singleElement()
                    .satisfies(action -> assertThat(action.appliesTo("T1.1", 0)).isTrue());
        });
        assertThat(framework.item("T1.2")).get().extracting(Item::tier).isEqualTo(Tier.DETAILED);
    }

    @Test
    void missingLevelNamesFileItemAndLevel() throws IOException {
        Path folder = write(text -> text.replace("      3: {en: \"e3\", fr: \"f3\", ar: \"a3\"}\n", ""));
        assertProblem(folder, "theme.yaml [T1.1]: Level 3 is missing.");
    }

    @Test
    void missingTranslationIsReported() throws IOException {
        Path folder = write(text -> text.replace(
                "question: {en: \"Q1\", fr: \"Q1 fr\", ar: \"Q1 ar\"}", "question: {en: \"Q1\", fr: \"Q1 fr\"}"));
        assertProblem(folder, "theme.yaml [T1.1]: The field “question” has no ar text.");
    }

    @Test
    void actionPointingAtUnknownItemIsReported() throws IOException {
        Path folder = write(text -> text.replace("items: [T1.1]", "items: [T1.9]"));
        assertProblem(folder, "theme.yaml [T1.A1]: The action points at item “T1.9”, which is not in this theme.");
    }

    @Test
    void duplicateIdZeroWeightAndBadTierAreAllReportedTogether() throws IOException {
        Path folder = write(text -> text.replace("id: T1.2", "id: T1.1")
                .replace("weight: 2", "weight: 0")
                .replace("tier: detailed", "tier: deep"));
        assertThatThrownBy(() -> read(folder))
                .isInstanceOf(ContentValidationException.class)
                .satisfies(e -> assertThat(((ContentValidationException) e).problems())
                        .extracting(Object::toString)
                        .contains(
                                "theme.yaml [T1.1]: The id is used more than once in this framework version.",
                                "theme.yaml [T1.1]: The field “weight” must be a number greater than 0.",
                                "theme.yaml [T1.1]: The field “tier” must be one of core, detailed, not “deep”."));
    }

    @Test
    void brokenYamlAndMissingFileAreReported() throws IOException {
        Path folder = write(text -> text.replace("kind: theme", "kind: [theme"));
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("theme.yaml: Not valid YAML");
        Files.delete(folder.resolve("theme.yaml"));
        assertProblem(folder, "theme.yaml: The file does not exist.");
    }

    @Test
    void checksumChangesWhenAnyTextChanges() throws IOException {
        String before = read(write(text -> text)).checksum();
        String after = read(write(text -> text.replace("Q1 ar", "Q1 ar!"))).checksum();
        assertThat(after).isNotEqualTo(before).matches("[0-9a-f]{64}");
    }

    @Test
    void catalogRefusesToStartWithBrokenContent() throws IOException {
        Path folder = write(text -> text.replace("      3: {en: \"e3\", fr: \"f3\", ar: \"a3\"}\n", ""));
        assertThatThrownBy(() -> new FrameworkCatalog("file:" + folder.getParent() + "/"))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("Level 3 is missing.");
    }

    @Test
    void introductionAndGoodPracticeSourceAreOptional() throws IOException {
        Framework plain = read(write(text -> text));
        assertThat(plain.introduction()).isNull();
        assertThat(plain.goodPracticeSource()).isNull();
        // Numbers without a source are untraced: never shown.
        assertThat(plain.tracedGoodPractices(plain.item("T1.1").orElseThrow())).isEmpty();

        Path folder = write(text -> text);
        Files.writeString(
                folder.resolve("framework.yaml"),
                Files.readString(folder.resolve("framework.yaml")).replace("levels:", """
                        introduction: {en: "I", fr: "I fr", ar: "I ar"}
                        goodPracticeSource: {en: "S", fr: "S fr", ar: "S ar"}
                        levels:"""));
        Framework traced = read(folder);
        assertThat(traced.introduction()).isEqualTo(new LocalizedText("I", "I fr", "I ar"));
        assertThat(traced.tracedGoodPractices(traced.item("T1.1").orElseThrow()))
                .containsExactly(1);
    }

    @Test
    void introductionMissingALanguageIsReported() throws IOException {
        Path folder = write(text -> text);
        Files.writeString(
                folder.resolve("framework.yaml"),
                Files.readString(folder.resolve("framework.yaml"))
                        .replace("levels:", "introduction: {en: \"I\", fr: \"I fr\"}\nlevels:"));
        assertProblem(folder, "framework.yaml: The field “introduction” has no ar text.");
    }

    @Test
    void nearestLevelBandsAreRecognised() throws IOException {
        assertThat(read(write(text -> text)).nearestLevelBands()).isFalse();
        Path folder = write(text -> text);
        Files.writeString(
                folder.resolve("framework.yaml"),
                Files.readString(folder.resolve("framework.yaml"))
                        .replace("from: 20}", "from: 12.5}")
                        .replace("from: 40}", "from: 37.5}")
                        .replace("from: 60}", "from: 62.5}")
                        .replace("from: 80}", "from: 87.5}"));
        assertThat(read(folder).nearestLevelBands()).isTrue();
    }

    @Test
    void glossaryIsReadNextToTheVersionsAndOptional() throws IOException {
        Path folder = write(text -> text);
        Path location = folder.getParent();
        assertThat(new FrameworkCatalog("file:" + location + "/").glossary().terms())
                .isEmpty();
        Files.writeString(location.resolve("glossary.yaml"), """
                terms:
                  - id: nlc
                    term: {en: "NLC", fr: "CNL", ar: "ت"}
                    meaning: {en: "M", fr: "M fr", ar: "M ar"}
                    avoid: ["x", "y"]
                """);
        assertThat(new FrameworkCatalog("file:" + location + "/").glossary().terms())
                .singleElement()
                .satisfies(term -> {
                    assertThat(term.term().fr()).isEqualTo("CNL");
                    assertThat(term.avoid()).containsExactly("x", "y");
                });
    }

    @Test
    void brokenGlossaryStopsTheCatalog() throws IOException {
        Path location = write(text -> text).getParent();
        Files.writeString(location.resolve("glossary.yaml"), """
                terms:
                  - id: nlc
                    term: {en: "NLC", fr: "CNL"}
                    meaning: {en: "M", fr: "M fr", ar: "M ar"}
                """);
        assertThatThrownBy(() -> new FrameworkCatalog("file:" + location + "/"))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("glossary.yaml [nlc]: The field “term” has no ar text.");
    }

    private void assertProblem(Path folder, String expected) {
        assertThatThrownBy(() -> read(folder))
                .isInstanceOf(ContentValidationException.class)
                .satisfies(e -> assertThat(((ContentValidationException) e).problems())
                        .extracting(Object::toString)
                        .contains(expected));
    }

    private static Framework read(Path folder) {
        return FrameworkCatalog.validate(new FileSystemResource(folder.toString() + "/"));
    }

    private Path write(UnaryOperator<String> themeEdit) throws IOException {
        Path folder = Files.createTempDirectory(dir, "v");
        Files.writeString(folder.resolve("framework.yaml"), """
                id: test
                version: 7
                title: {en: "T", fr: "T fr", ar: "T ar"}
                provenance: {en: "P", fr: "P fr", ar: "P ar"}
                levels:
                  0: {en: "n0", fr: "n0", ar: "n0"}
                  1: {en: "n1", fr: "n1", ar: "n1"}
                  2: {en: "n2", fr: "n2", ar: "n2"}
                  3: {en: "n3", fr: "n3", ar: "n3"}
                  4: {en: "n4", fr: "n4", ar: "n4"}
                bands:
                  - {level: 0, from: 0}
                  - {level: 1, from: 20}
                  - {level: 2, from: 40}
                  - {level: 3, from: 60}
                  - {level: 4, from: 80}
                goodPractices: [1, 2, 3]
                themes:
                  - theme.yaml
                """);
        String item = """
                  - id: %s
                    tier: %s
                    weight: %s
                    goodPractices: [1]
                    question: {en: "Q%s", fr: "Q%s fr", ar: "Q%s ar"}
                    guidance: {en: "G", fr: "G fr", ar: "G ar"}
                    levels:
                      0: {en: "e0", fr: "f0", ar: "a0"}
                      1: {en: "e1", fr: "f1", ar: "a1"}
                      2: {en: "e2", fr: "f2", ar: "a2"}
                      3: {en: "e3", fr: "f3", ar: "a3"}
                      4: {en: "e4", fr: "f4", ar: "a4"}
                """;
        String theme = """
                id: T1
                kind: theme
                weight: 1
                defaultTarget: 3
                name: {en: "N", fr: "N fr", ar: "N ar"}
                description: {en: "D", fr: "D fr", ar: "D ar"}
                items:
                """ + item.formatted("T1.1", "core", "1", "1", "1", "1")
                + item.formatted("T1.2", "detailed", "2", "2", "2", "2") + """
                actions:
                  - id: T1.A1
                    items: [T1.1]
                    levels: [0, 1]
                    text: {en: "A", fr: "A fr", ar: "A ar"}
                """;
        Files.writeString(folder.resolve("theme.yaml"), themeEdit.apply(theme));
        return folder;
    }
}
