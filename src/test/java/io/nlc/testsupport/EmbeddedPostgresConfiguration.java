package io.nlc.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL server, started from binaries shipped as a Maven artifact (no Docker), shared by every test
 * context of the JVM; each context gets its own database so tests stay independent.
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

    private static synchronized DataSource newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
            }
            String name = "nlc_test_" + (++databases);
            try (var connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return server.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }
}
