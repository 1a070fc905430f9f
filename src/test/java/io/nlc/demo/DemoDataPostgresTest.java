package io.nlc.demo;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "nlc.demo.enabled=true")
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class DemoDataPostgresTest extends DemoDataTests {
}
