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

    @Test
    void bundledFrameworkIsCompleteInAllThreeLanguages() {
        Framework framework = new FrameworkCatalog("classpath*:toolkit-content/").current();
        assertThat(framework.version()).isEqualTo(1);
        assertThat(framework.checksum()).matches("[0-9a-f]{64}");
        assertThat(framework.coreThemes()).hasSize(6);
        assertThat(framework.modules()).hasSizeGreaterThanOrEqualTo(2);
        for (Theme theme : framework.themes()) {
            assertThat(theme.items()).as(theme.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(theme.actions()).as(theme.id()).isNotEmpty();
            for (Item item : theme.items()) {
                assertThat(item.levels()).hasSize(5);
                for (Language language : Language.values()) {
                    assertThat(item.question().in(language)).as(item.id()).isNotBlank();
                    item.levels().forEach(level -> assertThat(level.in(language)).as(item.id()).isNotBlank());
                }
            }
        }
        assertThat(framework.provenance().en()).contains("not the official text");
    }

    @Test
    void validMinimalFrameworkLoads() throws IOException {
        Framework framework = read(write(text -> text));
        assertThat(framework.themes()).singleElement().satisfies(theme -> {
            assertThat(theme.items()).extracting(Item::id).containsExactly("T1.1", "T1.2");
            assertThat(theme.actions()).singleElement()
                    .satisfies(action -> assertThat(action.appliesTo("T1.1", 0)).isTrue());
        });
        assertThat(framework.item("T1.2")).get().extracting(Item::tier).isEqualTo(Tier.DETAILED);
    }

    @Test
    void missingLevelNamesFileItemAndLevel() throws IOException {
        Path folder = write(text -> text.replace("      3: {en: \"e3\", fr: \"f3\", ar: \"a3\"}\n", ""));
        assertProblem(folder, "theme.yaml [T1.1]: level 3 is missing");
    }

    @Test
    void missingTranslationIsReported() throws IOException {
        Path folder = write(text -> text.replace("question: {en: \"Q1\", fr: \"Q1 fr\", ar: \"Q1 ar\"}",
                "question: {en: \"Q1\", fr: \"Q1 fr\"}"));
        assertProblem(folder, "theme.yaml [T1.1]: 'question' has no ar text");
    }

    @Test
    void actionPointingAtUnknownItemIsReported() throws IOException {
        Path folder = write(text -> text.replace("items: [T1.1]", "items: [T1.9]"));
        assertProblem(folder, "theme.yaml [T1.A1]: points at item 'T1.9', which is not in this theme");
    }

    @Test
    void duplicateIdZeroWeightAndBadTierAreAllReportedTogether() throws IOException {
        Path folder = write(text -> text.replace("id: T1.2", "id: T1.1")
                .replace("weight: 2", "weight: 0").replace("tier: detailed", "tier: deep"));
        assertThatThrownBy(() -> read(folder)).isInstanceOf(ContentValidationException.class)
                .satisfies(e -> assertThat(((ContentValidationException) e).problems()).extracting(Object::toString)
                        .contains("theme.yaml [T1.1]: the id is used more than once in this framework version",
                                "theme.yaml [T1.1]: 'weight' must be a number greater than 0",
                                "theme.yaml [T1.1]: 'tier' must be one of [core, detailed], not 'deep'"));
    }

    @Test
    void brokenYamlAndMissingFileAreReported() throws IOException {
        Path folder = write(text -> text.replace("kind: theme", "kind: [theme"));
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("theme.yaml: not valid YAML");
        Files.delete(folder.resolve("theme.yaml"));
        assertProblem(folder, "theme.yaml: the file does not exist");
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
                .hasMessageContaining("level 3 is missing");
    }

    private void assertProblem(Path folder, String expected) {
        assertThatThrownBy(() -> read(folder)).isInstanceOf(ContentValidationException.class)
                .satisfies(e -> assertThat(((ContentValidationException) e).problems()).extracting(Object::toString)
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
