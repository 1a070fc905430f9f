package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.kernel.UiTexts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of content problem, the validator's, the pack checks' and the glossary warnings, is a key of the app's
 * bundles: it reads in English, French and Arabic with its arguments in place, and the English text is what the
 * authors' command, the exceptions and the logs print.
 */
class ContentProblemsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern KEY =
            Pattern.compile("\"((?:content\\.problem|content-packs\\.refused|content\\.warning)\\.[a-z.-]*[a-z])\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void everyProblemKindReadsInEveryLanguageWithItsArgumentsInPlace() throws IOException {
        Set<String> kinds = kindsInCode();
        for (Language language : Language.values()) {
            kinds.add("content.warning.avoided." + language.code());
        }
        assertThat(kinds).as("problem kinds found in the code").hasSizeGreaterThan(40);
        for (Language language : Language.values()) {
            Properties bundle = bundle(language);
            for (String kind : kinds) {
                String pattern = bundle.getProperty(kind);
                assertThat(pattern).as(kind + " in " + language.code()).isNotBlank();
                // A number fits both a plain placeholder and a plural one.
                Object[] arguments =
                        Collections.nCopies(placeholders(pattern), 3).toArray();
                String text = UiTexts.format(pattern, language.locale(), arguments);
                assertThat(text)
                        .as(kind + " in " + language.code())
                        .doesNotContain("{")
                        .doesNotContain("}");
            }
        }
    }

    @Test
    void everyValidatorKindInTheBundleIsUsedByTheCode() throws IOException {
        Set<String> inBundle = new TreeSet<>();
        for (String key : bundle(Language.EN).stringPropertyNames()) {
            if (key.startsWith("content.problem.")) {
                inBundle.add(key);
            }
        }
        assertThat(kindsInCode()).containsAll(inBundle);
    }

    @Test
    void theEnglishMessageIsTheBundlesTextWithTheArguments() {
        ContentProblem problem =
                new ContentProblem("themes/t1.yaml", "T1.2", "content.problem.no-text", "question", "ar");
        assertThat(problem.message()).isEqualTo("The field “question” has no ar text.");
        assertThat(problem).hasToString("themes/t1.yaml [T1.2]: The field “question” has no ar text.");
        assertThat(new ContentProblem("pack.zip", null, "content-packs.refused.too-large", "5"))
                .hasToString("pack.zip: The file is larger than 5 MB.");
        assertThat(new ContentProblem("f.yaml", null, "content.problem.unknown", "a").message())
                .as("a key missing from the bundle still says something")
                .isEqualTo("content.problem.unknown [a]");
    }

    /** The keys the content and content pack code gives its problems. */
    private static Set<String> kindsInCode() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (String module : List.of("content", "contentpack")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/nlc", module))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        kinds.add(matcher.group(1));
                    }
                }
            }
        }
        return kinds;
    }

    private static int placeholders(String pattern) {
        int count = 0;
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
        }
        return count;
    }

    private static Properties bundle(Language language) throws IOException {
        String file =
                language == Language.EN ? "translations.properties" : "translations_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
