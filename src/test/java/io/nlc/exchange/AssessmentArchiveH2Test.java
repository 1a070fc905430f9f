package io.nlc.exchange;

import io.nlc.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootTest
class AssessmentArchiveH2Test extends AssessmentArchiveTests {

    /** The test configuration gives every context its own in-memory database. */
    @Override
    ConfigurableApplicationContext freshInstallation() {
        return new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "vaadin.productionMode=true")
                .run();
    }
}
