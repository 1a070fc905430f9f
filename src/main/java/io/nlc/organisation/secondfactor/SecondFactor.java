package io.nlc.organisation.secondfactor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's TOTP secret (encrypted by {@link SecretBox}); in use once confirmed with a first code. */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    private long userId;

    private String secret;
    private Instant createdAt;
    private @Nullable Instant confirmedAt;
    /** The last time step a code was accepted for: that code, and every older one, is spent. */
    private @Nullable Long lastStep;

    protected SecondFactor() {
        this(0, "", Instant.EPOCH);
    }

    public SecondFactor(long userId, String secret, Instant createdAt) {
        this.userId = userId;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String secret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public long lastStep() {
        return lastStep == null ? Long.MIN_VALUE : lastStep;
    }

    public void confirm(Instant at, long step) {
        this.confirmedAt = at;
        this.lastStep = step;
    }
}
