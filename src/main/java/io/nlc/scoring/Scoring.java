package io.nlc.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scoring model of the product brief, as pure functions. Scores are always recomputed from answers, never
 * stored as the only truth.
 */
public final class Scoring {

    private static final double MAX_LEVEL = 4.0;
    private static final int LOW_LEVEL = 1;

    private final double[] bandStarts;

    /**
     * @param bandStarts the score (0..100) at which each maturity level 0..4 starts, rising, first one 0
     */
    public Scoring(List<Double> bandStarts) {
        if (bandStarts.size() != 5 || bandStarts.getFirst() != 0) {
            throw new IllegalArgumentException("five bands starting at 0 are required: " + bandStarts);
        }
        this.bandStarts = bandStarts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public AssessmentScore score(List<ThemeInput> themes) {
        List<ThemeScore> scores = new ArrayList<>(themes.size());
        double weightedSum = 0;
        double weights = 0;
        int applicable = 0;
        int answered = 0;
        int dontKnow = 0;
        for (ThemeInput theme : themes) {
            ThemeScore score = scoreTheme(theme);
            scores.add(score);
            applicable += score.applicable();
            answered += score.answered();
            dontKnow += score.dontKnow();
            if (theme.countsInIndex() && score.score() != null) {
                weightedSum += theme.weight() * score.score();
                weights += theme.weight();
            }
        }
        Double index = weights == 0 ? null : weightedSum / weights;
        List<ThemeScore> priorities = scores.stream()
                .filter(score -> score.gap() != null && score.gap() > 0)
                .sorted(Comparator.comparing((ThemeScore score) -> score.priority())
                        .reversed()
                        .thenComparing(Comparator.comparing((ThemeScore score) -> score.gap())
                                .reversed()))
                .toList();
        return new AssessmentScore(
                index,
                index == null ? null : maturity(index),
                completeness(answered, applicable),
                applicable,
                answered,
                dontKnow,
                List.copyOf(scores),
                priorities);
    }

    public ThemeScore scoreTheme(ThemeInput theme) {
        double weightedLevels = 0;
        double weights = 0;
        int answered = 0;
        int dontKnow = 0;
        int notApplicable = 0;
        int low = 0;
        for (ItemAnswer item : theme.items()) {
            switch (item.state()) {
                case LEVEL -> {
                    int level = item.level();
                    weightedLevels += item.weight() * level;
                    weights += item.weight();
                    answered++;
                    if (level <= LOW_LEVEL) {
                        low++;
                    }
                }
                case NOT_APPLICABLE -> notApplicable++;
                case DONT_KNOW -> dontKnow++;
                case UNANSWERED -> {}
            }
        }
        int applicable = theme.items().size() - notApplicable;
        if (answered == 0) {
            return new ThemeScore(
                    theme.themeId(),
                    null,
                    null,
                    null,
                    theme.target(),
                    null,
                    null,
                    theme.items().size(),
                    applicable,
                    0,
                    dontKnow,
                    notApplicable,
                    0,
                    completeness(0, applicable));
        }
        double meanLevel = weightedLevels / weights;
        double score = meanLevel / MAX_LEVEL * 100;
        double gap = Math.max(0, theme.target() - meanLevel);
        double priority = gap * theme.weight() * (1 + (double) low / answered);
        return new ThemeScore(
                theme.themeId(),
                score,
                maturity(score),
                meanLevel,
                theme.target(),
                gap,
                priority,
                theme.items().size(),
                applicable,
                answered,
                dontKnow,
                notApplicable,
                low,
                completeness(answered, applicable));
    }

    /** The maturity level (0..4) whose band holds the score. */
    public int maturity(double score) {
        int level = 0;
        for (int i = 0; i < bandStarts.length; i++) {
            if (score + 1e-9 >= bandStarts[i]) {
                level = i;
            }
        }
        return level;
    }

    private static double completeness(int answered, int applicable) {
        return applicable == 0 ? 1.0 : (double) answered / applicable;
    }
}
