package io.nlc.api;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import io.nlc.testsupport.ServerLane;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@ServerLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class ReadApiPostgresTest extends ReadApiTests {}
