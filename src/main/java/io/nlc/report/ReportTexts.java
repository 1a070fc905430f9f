package io.nlc.report;

import io.nlc.content.Language;
import io.nlc.kernel.UiTexts;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * The UI strings of {@code vaadin-i18n/translations*.properties} in one language, read outside a Vaadin request (a
 * report is made for a language the reader picks, not the page's), with the same rules as the screens: no fallback to
 * the server's locale, and plural forms ({@link UiTexts}). Numbers and dates as the screens write them.
 */
final class ReportTexts {

    /** Dates as Morocco reads them, whatever the server's zone. */
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final Language language;
    private final UiTexts texts;

    ReportTexts(Language language) {
        this.language = language;
        this.texts = UiTexts.of(language.locale());
    }

    Language language() {
        return language;
    }

    String get(String key, Object... params) {
        return texts.get(key, params);
    }

    /** A 0..100 score with one decimal ("39.6", "39,6"), or a dash when there is none. */
    String score(@Nullable Double score) {
        return score == null ? "–" : String.format(language.locale(), "%.1f", score);
    }

    /** A 0..4 level with one decimal, or a dash. */
    String level(@Nullable Double level) {
        return score(level);
    }

    String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(language.locale());
        format.setMaximumFractionDigits(0);
        return plain(format.format(fraction));
    }

    String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, MOROCCO));
    }

    String date(LocalDate day) {
        return plain(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.locale())
                .format(day));
    }

    /**
     * Without the invisible direction marks Java puts in Arabic numbers and dates: the fonts have no glyph for them,
     * and the layout orders the text by itself.
     */
    private static String plain(String formatted) {
        return formatted.replace("\u200e", "").replace("\u200f", "").replace("\u061c", "");
    }
}
