package io.nlc.demo;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import io.nlc.testsupport.ShippedContent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"nlc.demo.enabled=true", ShippedContent.PROPERTY})
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class DemoDataPostgresTest extends DemoDataTests {}
