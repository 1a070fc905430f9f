package io.nlc.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One backup run.
 *
 * @param fileName  the zip written, on success
 * @param sizeBytes its size, on success
 * @param failure   the class of the exception that stopped it, on failure
 */
public record BackupRun(
        Instant startedAt,
        Instant finishedAt,
        @Nullable String fileName,
        @Nullable Long sizeBytes,
        boolean succeeded,
        @Nullable String failure) {}
