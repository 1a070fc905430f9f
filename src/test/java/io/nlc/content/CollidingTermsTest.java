package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words that collide with Moroccan institutions or mean something else to a Moroccan reader (issue 11, review
 * §4a): refused in every content file from version 2 on, in the glossary's texts, in every UI translation file and
 * in the code (the demo's hub names). Version 1 keeps them, unchanged, because rounds are pinned to it; the second
 * test checks that every pattern still finds its form there, so that none of them silently matches nothing.
 */
class CollidingTermsTest {

    private record Collision(String form, Pattern pattern, String instead) {}

    private static final List<Collision> COLLISIONS = List.of(
            new Collision(
                    "التعاون الوطني (Entraide Nationale)",
                    Pattern.compile("(?<!مؤسسة )التعاون الوطني"),
                    "التعاون بين المستويين الوطني والمحلي; مؤسسة التعاون الوطني for the institution itself"),
            new Collision(
                    "المركز الإقليمي (provincial centre)",
                    Pattern.compile("(?:مركز|مراكز)\\S*\\s+(?:ال)?إقليمي"),
                    "المركز الجهوي (لشبكة المدن القوية)"),
            new Collision(
                    "الاستقطاب alone (recruitment)",
                    Pattern.compile("استقطاب(?!\\s+(?:ال)?مجتمعي)"),
                    "الاستقطاب المجتمعي"),
            new Collision("تفويض (legal delegation)", Pattern.compile("تفويض"), "دور الجماعة / إطار مكتوب"),
            new Collision(
                    "وسائل الإعلام (the media)",
                    Pattern.compile("وسائل\\s+(?:ال)?إعلام"),
                    "دعامات إعلامية for information material; الصحافة, التربية الإعلامية"),
            new Collision(
                    "mandat (term of office, power of attorney)",
                    Pattern.compile("\\bmandats?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    "rôle de la commune, cadre écrit"));

    private static final Path CONTENT = Path.of("toolkit-content");
    private static final Path FROZEN = CONTENT.resolve("v1");

    @Test
    void noCollidingFormInContentTranslationsOrCode() {
        List<Path> files = new ArrayList<>();
        files.addAll(files(CONTENT, ".yaml").stream()
                .filter(file -> !file.startsWith(FROZEN))
                .toList());
        files.addAll(files(Path.of("src/main/resources/vaadin-i18n"), ".properties"));
        files.addAll(files(Path.of("src/main/java"), ".java"));
        assertThat(files)
                .as("files scanned")
                .contains(
                        CONTENT.resolve("v2/framework.yaml"),
                        CONTENT.resolve("glossary.yaml"),
                        Path.of("src/main/resources/vaadin-i18n/translations_ar.properties"),
                        Path.of("src/main/resources/vaadin-i18n/translations_fr.properties"));

        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // The glossary lists the forms to avoid, one 'avoid:' line per term: that is where they belong.
                if (file.endsWith("glossary.yaml") && line.strip().startsWith("avoid:")) {
                    continue;
                }
                // A folded YAML text goes on on the next line: read on into it, but report only what starts here.
                String window =
                        i + 1 < lines.size() ? line + " " + lines.get(i + 1).strip() : line;
                for (Collision collision : COLLISIONS) {
                    Matcher matcher = collision.pattern().matcher(window);
                    while (matcher.find() && matcher.start() < line.length()) {
                        found.add(file + ":" + (i + 1) + ": \"" + matcher.group() + "\" is " + collision.form()
                                + "; write " + collision.instead());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyPatternFindsItsFormInTheFrozenVersionOne() {
        StringBuilder versionOne = new StringBuilder();
        files(FROZEN, ".yaml")
                .forEach(file ->
                        lines(file).forEach(line -> versionOne.append(line).append('\n')));
        for (Collision collision : COLLISIONS) {
            assertThat(collision.pattern().matcher(versionOne).find())
                    .as(collision.form())
                    .isTrue();
        }
        // And the forms that are right stay allowed.
        assertThat(COLLISIONS)
                .noneSatisfy(collision -> assertThat(collision
                                .pattern()
                                .matcher(
                                        "مؤسسة التعاون الوطني، المركز الجهوي، الاستقطاب المجتمعي، دعامات إعلامية، mandatory")
                                .find())
                        .isTrue());
    }

    private static List<Path> files(Path root, String extension) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
