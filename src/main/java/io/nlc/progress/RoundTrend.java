package io.nlc.progress;

import io.nlc.assessment.AssessmentRef;
import io.nlc.content.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Each theme's score across a city's submitted rounds, oldest first; {@code hubMedians} says whether the lines
 * carry the hub's median (for its advisors and administrators only).
 */
public record RoundTrend(List<AssessmentRef> rounds, List<ThemeLine> themes, boolean hubMedians) {

    public RoundTrend {
        rounds = List.copyOf(rounds);
        themes = List.copyOf(themes);
    }

    /**
     * A theme's score in each round (null where the round does not score it) and, for advisors, the median of the
     * hub's cities' rounds with the same label.
     */
    public record ThemeLine(
            String themeId, LocalizedText name, List<@Nullable Double> scores, List<@Nullable Double> hubMedian) {}
}
