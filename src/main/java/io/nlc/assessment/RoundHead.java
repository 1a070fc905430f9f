package io.nlc.assessment;

import java.time.Instant;

/** The columns of a round that choosing which round a portfolio row shows needs: read for thousands at once. */
record RoundHead(long id, long cityId, String roundLabel, AssessmentStatus status, int frameworkVersion,
                 Instant createdAt, Instant updatedAt) {
}
