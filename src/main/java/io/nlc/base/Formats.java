package io.nlc.base;

import io.nlc.content.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Number and date formats shared by the screens. */
public final class Formats {

    private Formats() {
    }

    /** A 0..100 score with one decimal, or a dash when there is nothing to score. */
    public static String score(@Nullable Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.1f", score);
    }

    /** A 0..4 level with one decimal, or a dash. */
    public static String level(@Nullable Double level) {
        return level == null ? "–" : String.format(Locale.ROOT, "%.1f", level);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    /**
     * Wraps text in Unicode first-strong isolates, so a Latin name or a date keeps its own order inside an Arabic
     * sentence (and the other way round) instead of being reordered with its neighbours.
     */
    public static String isolate(String text) {
        return "\u2068" + text + "\u2069";
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
}
