package io.nlc.assessment;

import io.nlc.content.Tier;
import io.nlc.organisation.CityView;
import java.time.Instant;

/** One line of the home page: a round of a city with its progress. */
public record AssessmentSummary(
        long id,
        CityView city,
        String roundLabel,
        Tier tier,
        AssessmentStatus status,
        int answered,
        int applicable,
        double completeness,
        Instant updatedAt) {}
