package io.nlc.security;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class LoginThrottleH2Test extends LoginThrottleTests {

    private static final DataSource DATABASE = migrated(h2());

    @Override
    DataSource database() {
        return DATABASE;
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:login-throttle;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return h2;
    }
}
