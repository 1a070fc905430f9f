package io.nlc.contentpack;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An uploaded framework version, as the zip it came in, and who uploaded and activated it. */
@Entity
class ContentPack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String frameworkId;
    private int version;
    private String fileName;
    private byte[] archive;
    private String archiveSha256;
    private String checksum;
    private long uploadedBy;
    private Instant uploadedAt;
    private @Nullable Long activatedBy;
    private @Nullable Instant activatedAt;

    protected ContentPack() {
        this("", 0, "", new byte[0], "", "", 0, Instant.EPOCH);
    }

    ContentPack(
            String frameworkId,
            int version,
            String fileName,
            byte[] archive,
            String archiveSha256,
            String checksum,
            long uploadedBy,
            Instant uploadedAt) {
        this.frameworkId = frameworkId;
        this.version = version;
        this.fileName = fileName;
        this.archive = archive;
        this.archiveSha256 = archiveSha256;
        this.checksum = checksum;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    int version() {
        return version;
    }

    String fileName() {
        return fileName;
    }

    byte[] archive() {
        return archive;
    }

    String checksum() {
        return checksum;
    }

    long uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    @Nullable
    Long activatedBy() {
        return activatedBy;
    }

    @Nullable
    Instant activatedAt() {
        return activatedAt;
    }

    boolean activated() {
        return activatedAt != null;
    }

    void activate(long by, Instant at) {
        activatedBy = by;
        activatedAt = at;
    }
}
