package io.nlc.exchange;

import io.nlc.Application;
import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class AssessmentArchivePostgresTest extends AssessmentArchiveTests {

    /** A new database on the shared embedded server. */
    @Override
    ConfigurableApplicationContext freshInstallation() {
        return new SpringApplicationBuilder(Application.class, EmbeddedPostgresConfiguration.class)
                .profiles("postgres-test")
                .properties("server.port=0", "vaadin.productionMode=true")
                .run();
    }
}
