package io.nlc.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Narrows the history to one person, one item and a range of days (inclusive); null means no limit. */
public record AuditFilter(
        @Nullable Long actorId,
        @Nullable String itemId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
