package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.Confidence;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fails when a translation is missing in any language, or when a screen shows text that is not translated. */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java/io/nlc");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    /** Two words of letters in a row: natural-language text, which must come from the translations. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");

    /** Literals with spaces that are HTML attribute values, never shown to a person. */
    private static final Set<String> NOT_TEXT = Set.of("noopener noreferrer");

    private static final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    @BeforeAll
    static void load() throws IOException {
        for (Language language : Language.values()) {
            String file = language == Language.EN
                    ? "translations.properties"
                    : "translations_" + language.code() + ".properties";
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(language, properties);
        }
    }

    @Test
    void everyLanguageHasTheSameKeysWithTextAndPlaceholders() {
        Set<String> english = bundles.get(Language.EN).stringPropertyNames();
        for (Language language : Language.values()) {
            Properties bundle = bundles.get(language);
            assertThat(bundle.stringPropertyNames()).as(language + " keys").isEqualTo(english);
            for (String key : english) {
                String value = bundle.getProperty(key);
                assertThat(value).as(language + " " + key).isNotBlank().doesNotContain("'");
                assertThat(placeholders(value))
                        .as(language + " placeholders of " + key)
                        .isEqualTo(placeholders(bundles.get(Language.EN).getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (key.matches(
                        "(about|action|answer|app|assessment|choice|confidence|conflict|error|home|item|"
                                + "language|login|nav|progress|questionnaire|results|role|start|status|tier|workflow|history|portfolio|notification|comment|assignment|account|organisation|my-items)\\..*")) {
                    used.add(key);
                }
            }
        }
        for (AssessmentStatus status : AssessmentStatus.values()) {
            used.add("status." + status.name());
            if (status != AssessmentStatus.DRAFT) {
                used.add("workflow.notice." + status.name());
                used.add("notification." + status.name());
            }
        }
        for (Tier tier : Tier.values()) {
            used.add("tier." + tier.name());
            used.add("tier." + tier.name() + ".help");
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (Confidence confidence : Confidence.values()) {
            used.add("confidence." + confidence.name());
        }
        for (Language language : Language.values()) {
            used.add("language." + language.code());
        }
        for (io.nlc.portfolio.PortfolioMode mode : io.nlc.portfolio.PortfolioMode.values()) {
            used.add("portfolio.mode." + mode.name());
        }
        for (io.nlc.assessment.AssessmentChanged.CommentAction action :
                io.nlc.assessment.AssessmentChanged.CommentAction.values()) {
            used.add("history.comment." + action.name());
        }
        used.add("history.perspective." + io.nlc.assessment.Perspective.NATIONAL.name());
        used.add("choice.NOT_APPLICABLE");
        used.add("choice.DONT_KNOW");
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundles.get(Language.EN).stringPropertyNames()).containsAll(used);
    }

    @Test
    void screensHaveNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String path = file.toString().replace('\\', '/');
            if (!path.contains("/ui/") && !path.contains("/base/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                    continue;
                }
                Matcher matcher = LITERAL.matcher(line);
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    // Markup ("<div class=...") is not text: its texts are passed in, from the translations.
                    boolean code = literal.contains("(")
                            || literal.contains("$")
                            || literal.contains("{")
                            || literal.startsWith("<");
                    if (!code
                            && !NOT_TEXT.contains(literal)
                            && WORDS.matcher(literal).find()) {
                        offenders.add(path + ":" + (i + 1) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(offenders)
                .as("user-facing text must come from vaadin-i18n translations")
                .isEmpty();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
