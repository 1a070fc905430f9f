package io.nlc.organisation;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class PlaceNamesMigrationH2Test extends PlaceNamesMigrationTests {

    @Override
    DataSource emptyDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:v13-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        return database;
    }
}
