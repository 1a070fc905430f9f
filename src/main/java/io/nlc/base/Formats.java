package io.nlc.base;

import io.nlc.content.Language;
import io.nlc.kernel.PlainText;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Number and date formats shared by the screens. Numbers follow the reader's language: a decimal point in English,
 * a decimal comma in French, and in Arabic the Moroccan norm (locale ar-MA): Western digits and a decimal comma.
 */
public final class Formats {

    private Formats() {}

    /** A 0..100 score with one decimal in the reader's language ("39.6", "39,6"), or a dash when there is none. */
    public static String score(@Nullable Double score, Language language) {
        return score == null ? "–" : String.format(language.locale(), "%.1f", score);
    }

    /** A 0..4 level with one decimal in the reader's language, or a dash. */
    public static String level(@Nullable Double level, Language language) {
        return level == null ? "–" : String.format(language.locale(), "%.1f", level);
    }

    /** A whole percentage as the reader's language writes it ("74%", "74 %"). */
    public static String percent(double fraction, Language language) {
        NumberFormat format = NumberFormat.getPercentInstance(language.locale());
        format.setMaximumFractionDigits(0);
        return format.format(fraction);
    }

    /**
     * Wraps text in Unicode first-strong isolates, so a Latin name or a date keeps its own order inside an Arabic
     * sentence (and the other way round), and nothing inside it reorders its neighbours ({@link PlainText#isolate}).
     */
    public static String isolate(String text) {
        return PlainText.isolate(text);
    }

    /**
     * A web link as text: direction controls and control characters are shown percent-encoded, as the browser
     * sends them, so a link ending in U+202E and "gpj.exe" cannot pass for one ending in "exe.jpg".
     */
    public static String link(String url) {
        StringBuilder shown = new StringBuilder(url.length());
        url.codePoints().forEach(codePoint -> {
            if (PlainText.isDirectionControl(codePoint) || Character.isISOControl(codePoint)) {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    shown.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    /** A signed change of score with one decimal ("+12.3", "-4,0"), isolated so the sign stays in front. */
    public static String signedScore(double value, Language language) {
        return isolate(String.format(language.locale(), "%+.1f", value));
    }

    /** A signed whole number ("+2", "-1", "0"), isolated so the sign stays in front in Arabic too. */
    public static String signed(int value) {
        return isolate((value > 0 ? "+" : "") + value);
    }

    public static String dateTime(@Nullable Instant instant, Language language) {
        if (instant == null) {
            return "–";
        }
        return isolate(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(ZoneId.systemDefault())
                .format(instant));
    }

    /** A day (a due date), in the language's medium form, isolated like other dates. */
    public static String date(java.time.LocalDate day, Language language) {
        return isolate(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.locale())
                .format(day));
    }
}
