package io.nlc.assessment;

import io.nlc.content.Tier;
import io.nlc.organisation.CityRef;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An assessment's settings: which city and round, which framework version and tier, modules and targets.
 * {@code perspective} is the answer set the signed-in user works in, and {@code canAnswer} whether they may change
 * it now. {@code contentChanged} tells that the files of its pinned framework version were edited after it started.
 */
public record AssessmentOverview(
        long id,
        CityRef city,
        String roundLabel,
        int frameworkVersion,
        Tier tier,
        AssessmentStatus status,
        Set<String> modules,
        Map<String, Integer> targets,
        Instant createdAt,
        Instant updatedAt,
        Perspective perspective,
        boolean canAnswer,
        boolean canCoordinate,
        boolean canReview,
        boolean contentChanged,
        @Nullable StatusStep lastStep) {

    /** The last workflow step: who took it, when, and the reason or comment they gave. */
    public record StatusStep(
            String by, Instant at, @Nullable String note) {}
}
