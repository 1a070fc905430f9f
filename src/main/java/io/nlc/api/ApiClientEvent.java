package io.nlc.api;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One entry of the tokens' trail: who issued or revoked which client, when. Immutable: only ever appended. */
@Entity
@Immutable
class ApiClientEvent {

    enum Action {
        ISSUED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long clientId;

    @Enumerated(EnumType.STRING)
    private Action action;

    private long actorId;
    private Instant happenedAt;

    protected ApiClientEvent() {
        this(0, Action.ISSUED, 0, Instant.EPOCH);
    }

    ApiClientEvent(long clientId, Action action, long actorId, Instant happenedAt) {
        this.clientId = clientId;
        this.action = action;
        this.actorId = actorId;
        this.happenedAt = happenedAt;
    }

    long clientId() {
        return clientId;
    }

    Action action() {
        return action;
    }

    long actorId() {
        return actorId;
    }

    Instant happenedAt() {
        return happenedAt;
    }
}
