package io.nlc.assignment;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** Who answers a theme or an item of an assessment. */
@Entity
class Assignment {

    @EmbeddedId
    private Key key;

    private long userId;
    private long assignedBy;
    private Instant assignedAt;

    protected Assignment() {
        this(new Key(), 0, 0, Instant.EPOCH);
    }

    Assignment(Key key, long userId, long assignedBy, Instant assignedAt) {
        this.key = key;
        this.userId = userId;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    Key key() {
        return key;
    }

    long userId() {
        return userId;
    }

    void reassign(long user, long by, Instant at) {
        this.userId = user;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    @Embeddable
    record Key(long assessmentId, String targetId) implements Serializable {
        Key() {
            this(0, "");
        }
    }
}
