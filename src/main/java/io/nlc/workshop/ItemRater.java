package io.nlc.workshop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;

/** One rater on the panel of one item of a round. */
@Entity
class ItemRater {

    @Embeddable
    record Key(long assessmentId, String itemId, long raterId) {}

    @EmbeddedId
    private Key key;

    private long openedBy;
    private Instant openedAt;

    protected ItemRater() {
        this(new Key(0, "", 0), 0, Instant.EPOCH);
    }

    ItemRater(Key key, long openedBy, Instant openedAt) {
        this.key = key;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    long assessmentId() {
        return key.assessmentId();
    }

    String itemId() {
        return key.itemId();
    }

    long raterId() {
        return key.raterId();
    }
}
