package io.nlc.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A dated progress note on an action; notes are only ever added. */
@Entity
@Immutable
@Table(name = "plan_action_note")
class PlanNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long actionId;
    private long writtenBy;
    private Instant writtenAt;
    private String body;
    /** Who wrote it when they have no account here (an imported archive); writtenBy then imported it. */
    private @Nullable String authorName;

    protected PlanNote() {
        this(0, 0, Instant.EPOCH, "");
    }

    PlanNote(long actionId, long writtenBy, Instant writtenAt, String body) {
        this.actionId = actionId;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    /** A note of an imported archive by a person known only by name. */
    static PlanNote restored(long actionId, long importer, String authorName, Instant writtenAt, String body) {
        PlanNote note = new PlanNote(actionId, importer, writtenAt, body);
        note.authorName = authorName;
        return note;
    }

    @Nullable
    String authorName() {
        return authorName;
    }

    long actionId() {
        return actionId;
    }

    long writtenBy() {
        return writtenBy;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    String body() {
        return body;
    }
}
