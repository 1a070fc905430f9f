package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL profile, the one servers run, takes from the environment rather than from the jar. */
class ProductionSettingsTest {

    @Test
    void theDatabasePasswordHasNoBuiltInDefault() throws IOException {
        Properties postgres = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-postgres.properties")) {
            postgres.load(in);
        }
        // Without NLC_DB_PASSWORD the database refuses the start-up (Spring passes the placeholder on as it is),
        // instead
        // of letting in a server that runs on a password every reader of the source knows.
        assertThat(postgres.getProperty("spring.datasource.password")).isEqualTo("${NLC_DB_PASSWORD}");
    }
}
