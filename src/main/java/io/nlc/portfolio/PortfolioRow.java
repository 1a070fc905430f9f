package io.nlc.portfolio;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.organisation.CityRef;
import io.nlc.plan.PlanProgress;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One city in the hub portfolio. Round, scores and trend are null when the city has no round of the mode asked.
 *
 * @param themeScores score 0..100 per core theme id (absent when the theme has no answered item)
 * @param themeLevels maturity level 0..4 per core theme id, from the bands of the round's framework
 * @param trend       index of this round minus the index of the city's previous validated round, if any
 * @param plan        how far the city's action plan has come (actions, done, overdue), whatever round is shown
 */
public record PortfolioRow(
        CityRef city,
        @Nullable Long assessmentId,
        @Nullable String roundLabel,
        @Nullable AssessmentStatus status,
        @Nullable Double index,
        double completeness,
        Map<String, Double> themeScores,
        Map<String, Integer> themeLevels,
        @Nullable Instant lastActivity,
        @Nullable Double trend,
        PlanProgress plan) {

    PortfolioRow(
            CityRef city,
            @Nullable Long assessmentId,
            @Nullable String roundLabel,
            @Nullable AssessmentStatus status,
            @Nullable Double index,
            double completeness,
            Map<String, Double> themeScores,
            Map<String, Integer> themeLevels,
            @Nullable Instant lastActivity,
            @Nullable Double trend) {
        this(
                city,
                assessmentId,
                roundLabel,
                status,
                index,
                completeness,
                themeScores,
                themeLevels,
                lastActivity,
                trend,
                PlanProgress.NONE);
    }

    PortfolioRow withPlan(PlanProgress progress) {
        return new PortfolioRow(
                city,
                assessmentId,
                roundLabel,
                status,
                index,
                completeness,
                themeScores,
                themeLevels,
                lastActivity,
                trend,
                progress);
    }
}
