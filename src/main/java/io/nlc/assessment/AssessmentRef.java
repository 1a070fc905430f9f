package io.nlc.assessment;

import java.time.Instant;

/**
 * What other modules need to know of an assessment the signed-in user may see: its city (for their own role
 * checks), label, status, framework version, start, last change and scope.
 */
public record AssessmentRef(
        long id,
        long cityId,
        String roundLabel,
        AssessmentStatus status,
        int frameworkVersion,
        Instant createdAt,
        Instant updatedAt,
        AssessmentScope scope) {}
