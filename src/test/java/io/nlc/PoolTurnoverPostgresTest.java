package io.nlc;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class PoolTurnoverPostgresTest extends PoolTurnoverTests {

    @Override
    String sessionsStartedBefore() {
        return "select count(*) from pg_stat_activity where datname = current_database() and backend_start < ?";
    }
}
