package io.nlc.backup;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.kernel.NlcProperties;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.Organisation;
import io.nlc.testsupport.WorldTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The online backup on an H2 file database (H2 backs up only a file database): the zip holds the database file,
 * only the newest {@code keep} zips stay, every run is recorded, and only administrators may back up or see it.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BackupsTest extends WorldTest {

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + temp.resolve("db/nlc") + ";LOCK_TIMEOUT=10000");
        registry.add("nlc.backup.folder", () -> temp.resolve("backups").toString());
        registry.add("nlc.backup.keep", () -> "3");
    }

    @Autowired
    Backups backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Organisation organisation;

    @Test
    void anAdministratorBacksUpNowAndTheZipHoldsTheDatabaseFileAndTheRunIsRecorded() throws IOException {
        signIn(world.admin);
        assertThat(backups.available()).isTrue();

        BackupRun run = backups.backUpNow();

        assertThat(run.succeeded()).isTrue();
        assertThat(run.fileName()).matches("nlc-\\d{8}-\\d{6}\\.zip");
        Path zip = temp.resolve("backups").resolve(run.fileName());
        assertThat(zip).exists().hasSize(run.sizeBytes());
        assertThat(entries(zip)).contains("nlc.mv.db");
        assertThat(backups.lastRun()).contains(run);
        assertThat(jdbc.queryForObject(
                        "select triggered_by from backup_runs order by id desc fetch first 1 rows only", String.class))
                .isEqualTo(world.admin);
        try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".part")))
                    .isEmpty();
        }
    }

    @Test
    void onlyTheNewestKeepZipsStayAndOtherFilesAreLeftAlone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("backups"));
        for (String old : List.of("nlc-20200101-000000.zip", "nlc-20200102-000000.zip", "nlc-20200103-000000.zip")) {
            Files.writeString(folder.resolve(old), "old");
        }
        Files.writeString(folder.resolve("notes.txt"), "kept");

        BackupRun run = backups.run(null);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "nlc-20200102-000000.zip", "nlc-20200103-000000.zip", run.fileName(), "notes.txt");
        }
    }

    @Test
    void aFailedRunIsRecordedWithItsExceptionClass() throws IOException {
        // A file where the folder should be: the folder cannot be made.
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file");
        Backups elsewhere = new Backups(
                jdbc,
                dataSource,
                new NlcProperties.Backup(false, blocked.resolve("backups").toString(), "-", 3),
                Clock.systemUTC(),
                organisation);

        BackupRun run = elsewhere.run(null);

        assertThat(run.succeeded()).isFalse();
        assertThat(run.failure()).startsWith("java.nio.file.");
        signIn(world.admin);
        assertThat(backups.lastRun()).contains(run);
    }

    @Test
    void someoneWhoIsNotAnAdministratorCannotBackUpNorSeeTheRuns() {
        signIn(world.advisorA);
        int before = jdbc.queryForObject("select count(*) from backup_runs", Integer.class);

        assertThatThrownBy(backups::backUpNow).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(backups::lastRun).isInstanceOf(NotPermittedException.class);
        assertThat(jdbc.queryForObject("select count(*) from backup_runs", Integer.class))
                .isEqualTo(before);
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
