package io.nlc.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The columns of a round that choosing which round a portfolio row shows needs: read for thousands at once. */
@NamedInterface("scores")
public record RoundHead(
        long id,
        long cityId,
        String roundLabel,
        AssessmentStatus status,
        int frameworkVersion,
        Instant createdAt,
        Instant updatedAt) {

    /** A city's latest validated round, the one its figures are compared by. */
    public static Optional<RoundHead> latestValidated(Collection<RoundHead> rounds) {
        return rounds.stream()
                .filter(round -> round.status() == AssessmentStatus.VALIDATED)
                .max(Comparator.comparing(RoundHead::createdAt));
    }
}
