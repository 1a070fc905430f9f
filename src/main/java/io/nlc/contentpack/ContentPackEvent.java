package io.nlc.contentpack;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One entry of the packs' trail. Immutable: only ever appended. */
@Entity
@Immutable
class ContentPackEvent {

    enum Action {
        UPLOADED,
        REFUSED,
        ACTIVATED,
        DISCARDED
    }

    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private Action action;

    private @Nullable Integer version;
    private String fileName;
    private @Nullable String detail;
    private long actorId;
    private Instant happenedAt;

    protected ContentPackEvent() {
        this(Action.UPLOADED, null, "", null, 0, Instant.EPOCH);
    }

    ContentPackEvent(
            Action action,
            @Nullable Integer version,
            String fileName,
            @Nullable String detail,
            long actorId,
            Instant happenedAt) {
        this.action = action;
        this.version = version;
        this.fileName = fileName;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH
                ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
        this.actorId = actorId;
        this.happenedAt = happenedAt;
    }

    Action action() {
        return action;
    }

    @Nullable
    Integer version() {
        return version;
    }

    String fileName() {
        return fileName;
    }

    @Nullable
    String detail() {
        return detail;
    }

    long actorId() {
        return actorId;
    }

    Instant happenedAt() {
        return happenedAt;
    }
}
