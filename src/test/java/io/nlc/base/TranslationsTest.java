package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.Confidence;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.kernel.UiTexts;
import io.nlc.organisation.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** An argument, plain ({0}) or with a type ({0, plural, ...}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*[,}]");
    /** The plural categories each language's patterns must give (CLDR): Arabic has six. */
    private static final Map<Language, Set<String>> PLURAL_CATEGORIES = Map.of(
            Language.EN, Set.of("one", "other"),
            Language.FR, Set.of("one", "other"),
            Language.AR, Set.of("zero", "one", "two", "few", "many", "other"));
    /** A number of each Arabic category (0, 1, 2, 3-10, 11-99, 100-102) and the first of the next hundred. */
    private static final List<Integer> COUNTS = List.of(0, 1, 2, 3, 11, 100, 101);

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

    /**
     * In Arabic a web address's beginning ("http://") stands in a left-to-right isolate: on its own its slashes take the
     * sentence's direction and read "//:http".
     */
    @Test
    void arabicIsolatesTheWebAddressesItQuotes() {
        Properties arabic = bundles.get(Language.AR);
        for (String key : arabic.stringPropertyNames()) {
            String isolatesRemoved = arabic.getProperty(key).replaceAll("\u2066[^\u2069]*\u2069", "");
            assertThat(isolatesRemoved).as("ar " + key).doesNotContain("://");
        }
    }

    /**
     * French calls an item a "question" wherever a city reads it, as its menu does ("Mes questions"); "élément" is
     * left to the content authors' messages, and to "internal material" in reports, where it means something else.
     */
    @Test
    void frenchCallsAnItemAQuestion() {
        Properties french = bundles.get(Language.FR);
        List<String> mixed = french.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("content.problem.") && !key.startsWith("content-packs."))
                .filter(key -> !key.equals("report.dialog.internal"))
                .filter(key -> french.getProperty(key).contains("élément"))
                .sorted()
                .toList();
        assertThat(mixed).isEmpty();
    }

    /**
     * French sets a space before : ; ! ? and » and after «, and it must not break there: a colon or a closing
     * guillemet alone at the start of a line (as "Conseils :" wrapped on a phone) is wrong in French.
     */
    @Test
    void frenchPunctuationIsHeldToItsWordByANoBreakSpace() {
        Properties french = bundles.get(Language.FR);
        for (String key : french.stringPropertyNames()) {
            assertThat(french.getProperty(key))
                    .as("fr " + key)
                    .doesNotContainPattern(" [:;!?»]")
                    .doesNotContain("« ");
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

    @Test
    void everyPluralHasTheCategoriesOfItsLanguage() {
        int plurals = 0;
        for (Language language : Language.values()) {
            Set<String> needed = PLURAL_CATEGORIES.get(language);
            Set<String> known =
                    new TreeSet<>(PluralRules.forLocale(language.locale()).getKeywords());
            for (Map.Entry<Object, Object> text : bundles.get(language).entrySet()) {
                for (Set<String> selectors : pluralSelectors((String) text.getValue())) {
                    plurals++;
                    assertThat(selectors).as(language + " " + text.getKey()).containsAll(needed);
                    assertThat(selectors.stream().filter(selector -> !selector.startsWith("=")))
                            .as(language + " " + text.getKey() + ": categories the language has")
                            .allMatch(known::contains);
                }
            }
        }
        assertThat(plurals).as("plural patterns").isGreaterThan(60);
    }

    @Test
    void everyTextRendersForEveryKindOfCount() {
        for (Language language : Language.values()) {
            for (Map.Entry<Object, Object> text : bundles.get(language).entrySet()) {
                String pattern = (String) text.getValue();
                int arguments = placeholders(pattern).stream()
                        .mapToInt(index -> Integer.parseInt(index) + 1)
                        .max()
                        .orElse(0);
                if (arguments == 0) {
                    continue;
                }
                for (int count : COUNTS) {
                    Object[] params = new Object[arguments];
                    Arrays.fill(params, count);
                    assertThat(UiTexts.format(pattern, language.locale(), params))
                            .as(language + " " + text.getKey() + " for " + count)
                            .isNotBlank()
                            .doesNotContain("{", "}", "#");
                }
            }
        }
    }

    @Test
    void countsReadRightInEachLanguage() {
        assertThat(text(Language.EN, "home.continue", 1)).isEqualTo("Continue: 1 question left");
        assertThat(text(Language.EN, "home.continue", 5)).isEqualTo("Continue: 5 questions left");
        assertThat(text(Language.FR, "home.continue", 0)).isEqualTo("Continuer\u00a0: 0 question restante");
        assertThat(text(Language.FR, "home.continue", 2)).isEqualTo("Continuer\u00a0: 2 questions restantes");
        assertThat(text(Language.AR, "home.continue", 1)).isEqualTo("متابعة: بقي سؤال واحد");
        assertThat(text(Language.AR, "home.continue", 2)).isEqualTo("متابعة: بقي سؤالان");
        assertThat(text(Language.AR, "home.continue", 3)).isEqualTo("متابعة: بقي 3 أسئلة");
        assertThat(text(Language.AR, "home.continue", 11)).isEqualTo("متابعة: بقي 11 سؤالًا");
        assertThat(text(Language.AR, "home.continue", 100)).isEqualTo("متابعة: بقي 100 سؤال");
        assertThat(text(Language.AR, "home.continue", 103)).isEqualTo("متابعة: بقي 103 أسئلة");
        assertThat(text(Language.AR, "results.peers", 2)).isEqualTo("وسيط نظراء المركز الجهوي (جماعتان)");
        assertThat(text(Language.AR, "results.peers", 11)).isEqualTo("وسيط نظراء المركز الجهوي (11 جماعة)");
        assertThat(text(Language.EN, "content-packs.refused.title", "a.zip", 1))
                .isEqualTo("a.zip was refused: 1 problem");
        assertThat(text(Language.EN, "archive.import.counts", "2026", "Fès", 2, 1, 0, 2, 11, 1, 1, 3))
                .isEqualTo("Round 2026 of Fès on framework version 2: 1 answer, 0 national ratings, 2 discussions"
                        + " (11 messages), 1 plan action (1 note), 3 history entries.");
    }

    private static String text(Language language, String key, Object... params) {
        return UiTexts.format(bundles.get(language).getProperty(key), language.locale(), params);
    }

    /** The selectors of each plural argument of a pattern, nested ones included. */
    private static List<Set<String>> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> plurals = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new TreeSet<>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = parsed.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(parsed.getSubstring(inner));
                        // Skip the selector's message, whose own plurals are found by the outer loop.
                        j = parsed.getLimitPartIndex(j
                                + (parsed.getPart(j + 1).getType() == MessagePattern.Part.Type.ARG_INT
                                                || parsed.getPart(j + 1).getType()
                                                        == MessagePattern.Part.Type.ARG_DOUBLE
                                        ? 2
                                        : 1));
                    }
                }
                plurals.add(selectors);
            }
        }
        return plurals;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
