package io.nlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit on the embedded default database survives the process being killed (kill -9) right after it returned.
 * A child JVM opens the H2 URL of {@code application.properties} (moved to a temporary folder), commits rows one by
 * one and reports each; it is killed as soon as it reported the last one, then the file is reopened. With H2's
 * default write delay the commits of the last half second were only in memory and were lost.
 */
class EmbeddedDatabaseDurabilityTest {

    private static final String DEFAULT_FILE = "./data/nlc";
    private static final int COMMITS = 20;

    @TempDir
    Path folder;

    @Test
    void everyCommitThatReturnedSurvivesAKill() throws Exception {
        String url = defaultUrl().replace(DEFAULT_FILE, folder.resolve("nlc").toString());
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            // Closing the only connection closes the database cleanly, so the table itself is on disk.
            statement.execute("create table saved (id int primary key)");
        }

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Committer.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        int acknowledged = 0;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < COMMITS && (line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("committed ")) {
                    acknowledged = Integer.parseInt(line.substring("committed ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged)
                .as("the child committed every row:\n%s", output)
                .isEqualTo(COMMITS);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from saved")) {
            count.next();
            assertThat(count.getInt(1)).as("committed rows found after kill -9").isEqualTo(COMMITS);
        }
    }

    /** The H2 URL the app uses when NLC_DB_URL is not set. */
    private static String defaultUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String value = properties.getProperty("spring.datasource.url");
        String prefix = "${NLC_DB_URL:";
        assertThat(value).startsWith(prefix + "jdbc:h2:file:" + DEFAULT_FILE).endsWith("}");
        return value.substring(prefix.length(), value.length() - 1);
    }

    /** The child process: commits one row at a time and says so after each commit returned. */
    public static final class Committer {

        public static void main(String[] args) throws SQLException, InterruptedException {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
                    PreparedStatement insert = connection.prepareStatement("insert into saved (id) values (?)")) {
                connection.setAutoCommit(false);
                for (int id = 1; id <= COMMITS; id++) {
                    insert.setInt(1, id);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
                // Killed here by the test.
                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
            }
        }
    }
}
