package io.nlc.portfolio;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.organisation.CityView;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One city in the hub portfolio. Round, scores and trend are null when the city has no round of the mode asked.
 *
 * @param themeScores score 0..100 per core theme id (absent when the theme has no answered item)
 * @param themeLevels maturity level 0..4 per core theme id, from the bands of the round's framework
 * @param trend       index of this round minus the index of the city's previous validated round, if any
 */
public record PortfolioRow(CityView city, @Nullable Long assessmentId, @Nullable String roundLabel,
                           @Nullable AssessmentStatus status, @Nullable Double index, double completeness,
                           Map<String, Double> themeScores, Map<String, Integer> themeLevels,
                           @Nullable Instant lastActivity, @Nullable Double trend) {
}
