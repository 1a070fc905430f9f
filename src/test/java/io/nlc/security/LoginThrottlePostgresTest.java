package io.nlc.security;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import javax.sql.DataSource;

class LoginThrottlePostgresTest extends LoginThrottleTests {

    private static final DataSource DATABASE = migrated(EmbeddedPostgresConfiguration.newDatabase());

    @Override
    DataSource database() {
        return DATABASE;
    }
}
