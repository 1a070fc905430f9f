package io.nlc.contentpack;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("postgres-test")
@Import(EmbeddedPostgresConfiguration.class)
class ContentPacksPostgresTest extends ContentPacksTests {}
