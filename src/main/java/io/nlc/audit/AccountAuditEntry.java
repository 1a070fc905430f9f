package io.nlc.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One recorded change to an account (a second factor reset). Immutable: appended to only. */
@Entity
@Immutable
class AccountAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private String action;
    private long actorId;
    private Instant happenedAt;

    protected AccountAuditEntry() {
        this(0, "", 0, Instant.EPOCH);
    }

    AccountAuditEntry(long userId, String action, long actorId, Instant happenedAt) {
        this.userId = userId;
        this.action = action;
        this.actorId = actorId;
        this.happenedAt = happenedAt;
    }

    String action() {
        return action;
    }

    long actorId() {
        return actorId;
    }

    Instant happenedAt() {
        return happenedAt;
    }
}
