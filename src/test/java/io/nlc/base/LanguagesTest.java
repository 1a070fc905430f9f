package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.content.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The browser's Accept-Language header to one of our languages, edge cases included (end to end: VisitorLanguageTest). */
class LanguagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "en-US                          | EN",
                "fr-MA                          | FR",
                "ar-MA                          | AR",
                "de-DE,de;q=0.9,en;q=0.5        | EN",
                "en;q=0.5,ar                    | AR",
                "ar;q=0,en;q=0.1                | EN",
                "*                              | FR",
                "zh-CN,ja                       | FR",
                "none                           | FR",
                "''                             | FR",
                "en-US;q=abc                    | FR",
            })
    void theBrowsersBestMatchWinsAndFrenchWhenNothingFits(String acceptLanguage, Language expected) {
        assertThat(Languages.forBrowser(acceptLanguage)).isEqualTo(expected);
    }
}
