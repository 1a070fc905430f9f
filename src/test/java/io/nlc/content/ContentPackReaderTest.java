package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.testsupport.TestPacks;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** The safety checks of a pack's zip and its validation, each bad input refused with its message and file. */
class ContentPackReaderTest {

    private static final FrameworkCatalog TEST_CONTENT = new FrameworkCatalog("classpath*:test-content/");

    @Test
    void aGoodPackReadsAsTheSameContentAsTheFolder() {
        Framework pack = ContentPackReader.read("v3.zip", TestPacks.good(3));
        Framework folder = TEST_CONTENT.version(2);
        assertThat(pack.version()).isEqualTo(3);
        assertThat(pack.themes()).isEqualTo(folder.themes());
        assertThat(pack.checksum()).matches("[0-9a-f]{64}").isNotEqualTo(folder.checksum());
    }

    @Test
    void filesMayBeInOneTopLevelFolderWithAChangesFile() {
        Map<String, String> files = new LinkedHashMap<>();
        TestPacks.files(3).forEach((name, text) -> files.put("v3/" + name, text));
        files.put("v3/CHANGES.md", "# Version 3\n");
        files.put("__MACOSX/v3/._framework.yaml", "ignored");
        assertThat(ContentPackReader.read("v3.zip", TestPacks.zip(files)).version())
                .isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        assertRefused(
                () -> ContentPackReader.read("notes.zip", "id: not a zip".getBytes(StandardCharsets.UTF_8)),
                "notes.zip",
                "content-packs.refused.not-zip");
        assertRefused(() -> ContentPackReader.read("x.zip", new byte[0]), "x.zip", "content-packs.refused.not-zip");
    }

    @Test
    void anEmptyZipIsRefused() {
        assertRefused(
                () -> ContentPackReader.read("empty.zip", TestPacks.zip(Map.of())),
                "empty.zip",
                "content-packs.refused.empty");
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsOpened() {
        byte[] big = new byte[ContentPackReader.MAX_UPLOAD_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertRefused(() -> ContentPackReader.read("big.zip", big), "big.zip", "content-packs.refused.too-large");
    }

    @Test
    void aZipBombIsStoppedWhileInflating() {
        // 50 MB of one repeated byte: about 50 KB zipped, a ratio near 1000.
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("framework.yaml", new byte[50 * 1024 * 1024]);
        byte[] bomb = TestPacks.zipBytes(files);
        assertThat(bomb.length).isLessThan(ContentPackReader.MAX_UPLOAD_BYTES);
        assertRefused(() -> ContentPackReader.read("bomb.zip", bomb), "framework.yaml", "content-packs.refused.bomb");
    }

    @Test
    void aHighRatioIsRefusedEvenUnderTheSizeCap() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("framework.yaml", new byte[2 * 1024 * 1024]);
        assertRefused(
                () -> ContentPackReader.read("ratio.zip", TestPacks.zipBytes(files)),
                "framework.yaml",
                "content-packs.refused.bomb");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, String> files = TestPacks.files(3);
        for (int i = 0; i <= ContentPackReader.MAX_ENTRIES; i++) {
            files.put("notes/n" + i + ".md", "note");
        }
        assertRefused(
                () -> ContentPackReader.read("many.zip", TestPacks.zip(files)),
                "many.zip",
                "content-packs.refused.too-many-entries");
    }

    @Test
    void pathsThatLeaveTheFolderAreRefused() {
        for (String path : new String[] {
            "../framework.yaml",
            "themes/../../x.yaml",
            "/etc/x.yaml",
            "C:/x.yaml",
            "themes\\t1.yaml",
            "themes//t1.yaml",
            "./framework.yaml"
        }) {
            Map<String, String> files = TestPacks.files(3);
            files.put(path, "id: x");
            assertRefused(
                    () -> ContentPackReader.read("evil.zip", TestPacks.zip(files)),
                    path,
                    "content-packs.refused.unsafe-path");
        }
    }

    @Test
    void onlyYamlAndMarkdownFilesAreAllowed() {
        Map<String, String> files = TestPacks.files(3);
        files.put("themes/run.sh", "echo");
        assertRefused(
                () -> ContentPackReader.read("v3.zip", TestPacks.zip(files)),
                "themes/run.sh",
                "content-packs.refused.file-type");
    }

    @Test
    void aFileTwiceIsRefused() throws Exception {
        // ZipOutputStream refuses duplicates, so the second entry's name is patched in the bytes.
        Map<String, String> files = new LinkedHashMap<>(TestPacks.files(3));
        files.put("themes/t9.yaml", "id: T9");
        byte[] zip = TestPacks.zip(files);
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("themes/t9.yaml", "themes/t1.yaml");
        assertRefused(
                () -> ContentPackReader.read("twice.zip", text.getBytes(StandardCharsets.ISO_8859_1)),
                "themes/t1.yaml",
                "content-packs.refused.duplicate");
    }

    @Test
    void aZipWithoutAVersionFolderIsRefused() {
        Map<String, String> files = new LinkedHashMap<>();
        TestPacks.files(3).forEach((name, text) -> files.put("a/" + name, text));
        files.put("b/README.md", "other folder");
        assertRefused(
                () -> ContentPackReader.read("two.zip", TestPacks.zip(files)),
                "two.zip",
                "content-packs.refused.layout");
    }

    @Test
    void aDamagedZipIsRefused() {
        byte[] zip = TestPacks.good(3);
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length / 2);
        assertRefused(() -> ContentPackReader.read("cut.zip", cut), "cut.zip", "content-packs.refused.damaged");
    }

    @Test
    void brokenYamlIsListedWithItsFile() {
        byte[] zip = TestPacks.edited(3, files -> files.put("themes/t2.yaml", "id: T2\nitems: [ {id: T2.1"));
        assertThatThrownBy(() -> ContentPackReader.read("v3.zip", zip))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("themes/t2.yaml");
                            assertThat(problem.key()).isEqualTo("content.problem.yaml");
                            assertThat(problem.message()).startsWith("Not valid YAML: ");
                        }));
    }

    @Test
    void aMissingLanguageIsListedWithItsFileAndItem() {
        byte[] zip = TestPacks.edited(
                3,
                files -> files.put(
                        "themes/t1.yaml",
                        files.get("themes/t1.yaml")
                                .replace(
                                        "question: {en: \"Question T1.2?\", fr: \"Question T1.2 ?\", ar: \"السؤال T1.2؟\"}",
                                        "question: {en: \"Question T1.2?\", fr: \"Question T1.2 ?\"}")));
        assertThatThrownBy(() -> ContentPackReader.read("v3.zip", zip))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new ContentProblem(
                                        "themes/t1.yaml", "T1.2", "content.problem.no-text", "question", "ar")));
    }

    @Test
    void aMissingThemeFileIsListed() {
        byte[] zip = TestPacks.edited(3, files -> files.remove("themes/m3.yaml"));
        assertThatThrownBy(() -> ContentPackReader.read("v3.zip", zip))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new ContentProblem("themes/m3.yaml", null, "content.problem.no-file")));
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable read, String file, String key) {
        assertThatThrownBy(read)
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(file);
                            assertThat(problem.key()).isEqualTo(key);
                            assertThat(problem.message()).isNotBlank();
                        }));
    }
}
