package io.nlc.organisation;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "nlc.second-factor.required=true")
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class SecondFactorsPostgresTest extends SecondFactorsTests {}
