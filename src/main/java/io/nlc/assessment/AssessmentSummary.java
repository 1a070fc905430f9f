package io.nlc.assessment;

import io.nlc.content.Tier;
import io.nlc.organisation.CityRef;
import java.time.Instant;

/** One line of the home page: a round of a city with its progress. */
public record AssessmentSummary(
        long id,
        CityRef city,
        String roundLabel,
        Tier tier,
        AssessmentStatus status,
        int answered,
        int applicable,
        double completeness,
        Instant updatedAt) {}
