package io.nlc.api;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A read API client: its name, its hub and its token's hash. The token itself is never stored. */
@Entity
class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private long hubId;
    private String tokenPrefix;
    private String tokenHash;
    private Instant createdAt;
    private long createdBy;
    private @Nullable Instant revokedAt;
    private @Nullable Long revokedBy;
    private @Nullable Instant lastUsedAt;

    protected ApiClient() {
        this("", 0, "", "", Instant.EPOCH, 0);
    }

    ApiClient(String name, long hubId, String tokenPrefix, String tokenHash, Instant createdAt, long createdBy) {
        this.name = name;
        this.hubId = hubId;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("API client not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    long hubId() {
        return hubId;
    }

    String tokenPrefix() {
        return tokenPrefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    long createdBy() {
        return createdBy;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    @Nullable
    Long revokedBy() {
        return revokedBy;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(long by, Instant at) {
        revokedAt = at;
        revokedBy = by;
    }
}
