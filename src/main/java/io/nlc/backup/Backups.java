package io.nlc.backup;

import io.nlc.kernel.LoggedFailure;
import io.nlc.kernel.NlcProperties;
import io.nlc.organisation.Organisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 file database into {@code nlc.backup.folder}: {@code nlc-YYYYMMDD-HHMMSS.zip}
 * (UTC), written under a temporary name and renamed, so that a zip with the final name is always whole; after a
 * successful run only the newest {@code nlc.backup.keep} are kept. Every run is recorded in {@code backup_runs}.
 */
@Service
public class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final Pattern NAME = Pattern.compile("nlc-\\d{8}-\\d{6}\\.zip");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final NlcProperties.Backup settings;
    private final Clock clock;
    private final Organisation organisation;
    private volatile @Nullable Boolean embedded;

    @Autowired
    Backups(
            JdbcTemplate jdbc,
            DataSource dataSource,
            NlcProperties properties,
            Clock clock,
            Organisation organisation) {
        this(jdbc, dataSource, properties.backup(), clock, organisation);
    }

    Backups(
            JdbcTemplate jdbc,
            DataSource dataSource,
            NlcProperties.Backup settings,
            Clock clock,
            Organisation organisation) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
        this.organisation = organisation;
    }

    /** Whether this app backs up its database itself: only an H2 file database (not PostgreSQL, not in memory). */
    public boolean available() {
        Boolean known = embedded;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                String url = connection.getMetaData().getURL();
                known = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            } catch (SQLException e) {
                return false;
            }
            embedded = known;
        }
        return known;
    }

    /** Backs up now, for an administrator. */
    public BackupRun backUpNow() {
        String who = organisation.requireAdministrator().username();
        if (!available()) {
            throw new IllegalStateException("Only the embedded H2 database is backed up by the app");
        }
        return run(who);
    }

    /** The last run, for administrators. */
    public Optional<BackupRun> lastRun() {
        organisation.requireAdministrator();
        List<BackupRun> runs = jdbc.query(
                "select started_at, finished_at, file_name, size_bytes, succeeded, failure from backup_runs"
                        + " order by started_at desc, id desc fetch first 1 rows only",
                (rs, row) -> new BackupRun(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getBoolean(5),
                        rs.getString(6)));
        return runs.stream().findFirst();
    }

    /** The scheduled run: nothing to do with PostgreSQL or an in-memory database. */
    void scheduled() {
        if (available()) {
            run(null);
        }
    }

    /** One run, never two at once (a scheduled one and an administrator's). */
    synchronized BackupRun run(@Nullable String triggeredBy) {
        Instant started = now();
        Path folder = Path.of(settings.folder()).toAbsolutePath().normalize();
        String name = "nlc-" + STAMP.format(started) + ".zip";
        Path target = folder.resolve(name);
        Path partial = folder.resolve("." + name + ".part");
        BackupRun result;
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            // H2 quotes a file name as a string literal: double any single quote of the path.
            jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            result = new BackupRun(started, now(), name, Files.size(target), true, null);
            rotate(folder);
            LOG.info("Backup {} written ({} bytes)", name, result.sizeBytes());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            result = new BackupRun(
                    started, now(), null, null, false, e.getClass().getName());
            LOG.error("Backup failed", LoggedFailure.of(e));
            LOG.debug("Backup failed", e);
        }
        record(result, triggeredBy);
        return result;
    }

    private void rotate(Path folder) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(
                            file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(
                                    (Path file) -> file.getFileName().toString())
                            .reversed())
                    .toList();
        }
        for (Path old : zips.subList(Math.min(Math.max(settings.keep(), 1), zips.size()), zips.size())) {
            Files.deleteIfExists(old);
            LOG.info("Backup {} deleted (keeping the newest {})", old.getFileName(), settings.keep());
        }
    }

    private void record(BackupRun run, @Nullable String triggeredBy) {
        jdbc.update(
                "insert into backup_runs (started_at, finished_at, file_name, size_bytes, succeeded, failure,"
                        + " triggered_by) values (?, ?, ?, ?, ?, ?, ?)",
                OffsetDateTime.ofInstant(run.startedAt(), ZoneId.of("UTC")),
                OffsetDateTime.ofInstant(run.finishedAt(), ZoneId.of("UTC")),
                run.fileName(),
                run.sizeBytes(),
                run.succeeded(),
                run.failure(),
                triggeredBy);
    }

    /** To the microsecond, as the database keeps it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file.getFileName());
        }
    }
}
