package io.nlc.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a whole assessment.
 *
 * @param index        weighted mean of the scored themes that count in the index; null when none is scored
 * @param completeness answered / applicable over every theme in scope (1 when nothing is applicable)
 * @param themes       every theme in the order given
 * @param priorities   the themes with a gap above 0, highest priority first
 */
public record AssessmentScore(
        @Nullable Double index,
        @Nullable Integer maturity,
        double completeness,
        int applicable,
        int answered,
        int dontKnow,
        List<ThemeScore> themes,
        List<ThemeScore> priorities) {}
