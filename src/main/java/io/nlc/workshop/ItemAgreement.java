package io.nlc.workshop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;

/** Why the coordinator agreed on the level that the round's answer for the item now holds. */
@Entity
class ItemAgreement {

    @Embeddable
    record Key(long assessmentId, String itemId) {}

    @EmbeddedId
    private Key key;

    private String reason;
    private long agreedBy;
    private Instant agreedAt;

    @Version
    private long version;

    protected ItemAgreement() {
        this(new Key(0, ""));
    }

    ItemAgreement(Key key) {
        this.key = key;
        this.reason = "";
        this.agreedAt = Instant.EPOCH;
    }

    void record(String reason, long agreedBy, Instant agreedAt) {
        this.reason = reason;
        this.agreedBy = agreedBy;
        this.agreedAt = agreedAt;
    }

    String itemId() {
        return key.itemId();
    }

    String reason() {
        return reason;
    }

    long agreedBy() {
        return agreedBy;
    }

    Instant agreedAt() {
        return agreedAt;
    }
}
