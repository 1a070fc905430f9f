package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file database is opened and shut down once before the pool uses it (see {@link
 * EmbeddedDatabaseStartup}); what it holds stays, and other databases are not touched.
 */
class EmbeddedDatabaseStartupTest {

    @TempDir
    Path folder;

    @Test
    void theFileDatabaseIsShutDownBeforeThePoolOpensItAndKeepsItsData() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("nlc") + ";DB_CLOSE_ON_EXIT=FALSE";
        // A connection that keeps the database open in this JVM: a shutdown closes it.
        Connection earlier = DriverManager.getConnection(url, "sa", "");
        earlier.createStatement().execute("create table kept (id int primary key); insert into kept values (7)");

        try (HikariDataSource pool = pool(url)) {
            EmbeddedDatabaseStartup.settleEmbeddedDatabaseBeforeThePoolOpens()
                    .postProcessAfterInitialization(pool, "dataSource");

            assertThatThrownBy(() -> earlier.createStatement().execute("select 1"))
                    .as("the database was shut down")
                    .isInstanceOf(SQLException.class);
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select id from kept")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(7);
            }
        }
    }

    @Test
    void aFileClosedCleanlyIsLeftAloneAndOneLeftOpenIsNot() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("nlc") + ";DB_CLOSE_ON_EXIT=FALSE";
        Path file = EmbeddedDatabaseStartup.fileOf(url);
        assertThat(file).isEqualTo(folder.resolve("nlc.mv.db"));
        try (Connection open = DriverManager.getConnection(url, "sa", "")) {
            open.createStatement().execute("create table kept (id int primary key); insert into kept values (7)");
            assertThat(EmbeddedDatabaseStartup.closedCleanly(file))
                    .as("while open, after a write")
                    .isFalse();
        }
        assertThat(EmbeddedDatabaseStartup.closedCleanly(file))
                .as("after the last connection closed")
                .isTrue();
        FileTime closed = Files.getLastModifiedTime(file);
        Thread.sleep(50);

        try (HikariDataSource pool = pool(url)) {
            EmbeddedDatabaseStartup.settleEmbeddedDatabaseBeforeThePoolOpens()
                    .postProcessAfterInitialization(pool, "dataSource");
        }
        assertThat(Files.getLastModifiedTime(file)).as("not opened").isEqualTo(closed);
        assertThat(EmbeddedDatabaseStartup.closedCleanly(folder.resolve("missing.mv.db")))
                .isFalse();
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() throws Exception {
        String url = "jdbc:h2:mem:startup-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection open = DriverManager.getConnection(url, "sa", "");
                HikariDataSource pool = pool(url)) {
            open.createStatement().execute("create table kept (id int)");
            EmbeddedDatabaseStartup.settleEmbeddedDatabaseBeforeThePoolOpens()
                    .postProcessAfterInitialization(pool, "dataSource");
            assertThat(open.createStatement().execute("select count(*) from kept"))
                    .isTrue();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }
}
