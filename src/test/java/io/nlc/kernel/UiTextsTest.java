package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * ICU's MessageFormat replaced {@code java.text.MessageFormat} for every UI text: apart from the plural patterns,
 * written for ICU on purpose, every text of every bundle must read exactly as before, whatever its parameters
 * (numbers keep the locale's digits and grouping, ar-MA its Western digits; quotes and braces inside arguments are
 * not read as syntax).
 */
@Isolated // it sets the JVM's default locale for a moment: no test may run beside it
class UiTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Map<String, Locale> FILES = Map.of(
            "translations.properties", Locale.ENGLISH,
            "translations_fr.properties", Locale.FRENCH,
            "translations_ar.properties", Locale.of("ar", "MA"));
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** Sample values for a text's arguments; each list gives argument i the value at i modulo its size. */
    private static final List<List<Object>> SAMPLES = List.of(
            List.of(1),
            List.of(0, 2, 3, 11, 100),
            List.of(1234567, 2026L, 39.6, -4.25),
            List.of("Fès", "l’été d'un {0} # 'quoted'", "\u2068Tanger\u2069"),
            List.of(1234, "2026", 0.5));

    @Test
    void everyTextWithoutAPluralReadsAsJavaFormattedIt() throws IOException {
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Locale> file : FILES.entrySet()) {
            Locale locale = file.getValue();
            Properties bundle = load(file.getKey());
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                if (pattern.contains(", plural,")) {
                    continue; // written for ICU on purpose; TranslationsTest checks their forms
                }
                int arguments = arguments(pattern);
                for (List<Object> sample : SAMPLES) {
                    Object[] params = new Object[arguments];
                    for (int i = 0; i < arguments; i++) {
                        params[i] = sample.get(i % sample.size());
                    }
                    String before =
                            params.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(params);
                    String after = UiTexts.format(pattern, locale, params);
                    if (!before.equals(after)) {
                        differences.add(locale + " " + key + ": " + before + " ≠ " + after);
                    }
                    compared++;
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(3 * 1000 * SAMPLES.size());
    }

    @Test
    void numbersInPluralsKeepTheLocalesDigitsAndGrouping() {
        for (Locale locale : FILES.values()) {
            for (Object number : List.of(0, 1, 2, 11, 1234567, 1001L)) {
                assertThat(UiTexts.format("{0, plural, one {# x} other {# x}}", locale, number))
                        .as(locale + " " + number)
                        .isEqualTo(new java.text.MessageFormat("{0} x", locale).format(new Object[] {number}));
            }
        }
        assertThat(UiTexts.format("{0, plural, other {#}}", Locale.of("ar", "MA"), 1234567))
                .isEqualTo("1.234.567");
    }

    @Test
    void readsALanguageFromItsOwnFileAndFallsBackOnlyToEnglish() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(UiTexts.of(Locale.ENGLISH).get("login.title")).isEqualTo("Sign in");
            assertThat(UiTexts.of(Locale.of("ar", "MA")).get("login.title")).isEqualTo("تسجيل الدخول");
            assertThat(UiTexts.of(Locale.GERMAN).get("login.title")).isEqualTo("Sign in");
            assertThat(UiTexts.of(Locale.FRENCH).get("home.continue", 1))
                    .isEqualTo("Continuer\u00a0: 1 question restante");
        } finally {
            Locale.setDefault(server);
        }
    }

    private static int arguments(String pattern) {
        int count = 0;
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
        }
        return count;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
