package io.nlc.api;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class ReadApiPostgresTest extends ReadApiTests {}
