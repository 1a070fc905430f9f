package io.nlc.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One recorded change. Immutable: the trail is only ever appended to. */
@Entity
@Immutable
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long assessmentId;
    private @Nullable String itemId;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    private long actorId;
    private Instant changedAt;
    private @Nullable String oldValue;
    private @Nullable String newValue;
    private @Nullable String note;
    /** Why a carried-over level was changed. */
    private @Nullable String justification;
    /** Who made the change when that person has no account here (an imported archive); actorId imported it. */
    private @Nullable String actorName;

    protected AuditEntry() {
        this(0, null, AuditKind.ANSWER, 0, Instant.EPOCH, null, null, null);
    }

    AuditEntry(
            long assessmentId,
            @Nullable String itemId,
            AuditKind kind,
            long actorId,
            Instant changedAt,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String note) {
        this.assessmentId = assessmentId;
        this.itemId = itemId;
        this.kind = kind;
        this.actorId = actorId;
        this.changedAt = changedAt;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.note = note;
    }

    /** An answer entry that settles a carried-over answer: confirmed, or changed for the given reason. */
    AuditEntry(
            long assessmentId,
            String itemId,
            long actorId,
            Instant changedAt,
            @Nullable String oldValue,
            String newValue,
            @Nullable String justification) {
        this(
                assessmentId,
                itemId,
                AuditKind.ANSWER,
                actorId,
                changedAt,
                oldValue,
                newValue,
                AuditRecorder.CARRIED_OVER);
        this.justification = justification;
    }

    /** An entry of an imported archive, as it was recorded elsewhere. */
    static AuditEntry restored(
            long assessmentId,
            @Nullable String itemId,
            AuditKind kind,
            long actorId,
            @Nullable String actorName,
            Instant changedAt,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String note,
            @Nullable String justification) {
        AuditEntry entry = new AuditEntry(assessmentId, itemId, kind, actorId, changedAt, oldValue, newValue, note);
        entry.actorName = actorName;
        entry.justification = justification;
        return entry;
    }

    long id() {
        return id == null ? 0 : id;
    }

    @Nullable
    String itemId() {
        return itemId;
    }

    AuditKind kind() {
        return kind;
    }

    long actorId() {
        return actorId;
    }

    Instant changedAt() {
        return changedAt;
    }

    @Nullable
    String oldValue() {
        return oldValue;
    }

    @Nullable
    String newValue() {
        return newValue;
    }

    @Nullable
    String note() {
        return note;
    }

    @Nullable
    String actorName() {
        return actorName;
    }

    @Nullable
    String justification() {
        return justification;
    }
}
