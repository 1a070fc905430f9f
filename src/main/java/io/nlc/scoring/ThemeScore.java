package io.nlc.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The result for one theme. Score, maturity, current level, gap and priority are null when no item of the
 * theme has a level yet: there is nothing to score, which is different from a score of 0.
 *
 * @param score         weighted mean of the answered levels / 4 x 100
 * @param maturity      the band (0..4) the score falls in
 * @param currentLevel  the score on the 0..4 level scale, comparable with the target
 * @param gap           target - current level, never below 0
 * @param priority      gap x theme weight x (1 + share of answered items at level 0 or 1)
 */
public record ThemeScore(
        String themeId,
        @Nullable Double score,
        @Nullable Integer maturity,
        @Nullable Double currentLevel,
        int target,
        @Nullable Double gap,
        @Nullable Double priority,
        int items,
        int applicable,
        int answered,
        int dontKnow,
        int notApplicable,
        int lowItems,
        double completeness) {

    public boolean scored() {
        return score != null;
    }
}
