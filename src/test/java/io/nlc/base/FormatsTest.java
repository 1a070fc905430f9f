package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.content.Language;
import org.junit.jupiter.api.Test;

/**
 * Numbers follow the reader's language: a decimal comma in French, and in Arabic too, with Western digits as is the
 * norm in Morocco (the ar-MA locale); a point in English.
 */
class FormatsTest {

    @Test
    void scoresAndLevelsUseTheDecimalSeparatorOfTheLanguage() {
        assertThat(Formats.score(39.64, Language.EN)).isEqualTo("39.6");
        assertThat(Formats.score(39.64, Language.FR)).isEqualTo("39,6");
        assertThat(Formats.score(39.64, Language.AR)).isEqualTo("39,6");
        assertThat(Formats.level(1.5, Language.FR)).isEqualTo("1,5");
        assertThat(Formats.level(1.5, Language.AR)).isEqualTo("1,5");
        assertThat(Formats.score(null, Language.FR)).isEqualTo("–");
    }

    /**
     * Why "39,6" in Arabic: the JDK's Moroccan Arabic (CLDR ar-MA) writes Western digits and a decimal comma, as the
     * browser's Intl does for the charts; plain "ar" would write a point. The app asks for ar-MA everywhere.
     */
    @Test
    void arabicFollowsTheMoroccanLocaleOfTheJdk() {
        java.util.Locale morocco = java.util.Locale.forLanguageTag("ar-MA");
        assertThat(Language.AR.locale()).isEqualTo(morocco);
        assertThat(java.text.NumberFormat.getInstance(morocco).format(39.6)).isEqualTo("39,6");
        assertThat(String.format(morocco, "%.1f", 39.64)).isEqualTo(Formats.score(39.64, Language.AR));
    }

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(Formats.percent(0.74, Language.EN)).isEqualTo("74%");
        // French puts a (narrow) no-break space before the sign, so "74 %" never breaks across lines.
        assertThat(Formats.percent(0.74, Language.FR)).matches("74[\u00A0\u202F]%");
        assertThat(Formats.percent(0.74, Language.AR))
                .contains("74")
                .contains("%")
                .doesNotContain("٧");
    }

    @Test
    void signedChangesKeepTheirSignAndTheLanguageSeparator() {
        assertThat(Formats.signedScore(12.34, Language.FR)).isEqualTo(Formats.isolate("+12,3"));
        assertThat(Formats.signedScore(-4.0, Language.EN)).isEqualTo(Formats.isolate("-4.0"));
    }
}
