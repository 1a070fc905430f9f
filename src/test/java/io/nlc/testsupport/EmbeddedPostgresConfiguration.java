package io.nlc.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL server, started from binaries shipped as a Maven artifact (no Docker), shared by every test
 * context of the JVM; each context gets its own database so tests stay independent. Connections go through a
 * Hikari pool as in production; idle ones are closed, so cached contexts hold none.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("postgres-test")
public class EmbeddedPostgresConfiguration {

    private static EmbeddedPostgres server;
    private static int databases;

    @Bean
    DataSource dataSource() {
        return newDatabase();
    }

    /** A new empty database on the shared server, for tests that run Flyway themselves (migration tests). */
    public static synchronized DataSource newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
            }
            String name = "nlc_test_" + (++databases);
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(server.getDatabase("postgres", name));
            pool.setPoolName(name);
            pool.setMaximumPoolSize(10);
            pool.setMinimumIdle(0);
            pool.setIdleTimeout(10_000);
            return new HikariDataSource(pool);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }
}
