package io.nlc.organisation;

import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import javax.sql.DataSource;

class PlaceNamesMigrationPostgresTest extends PlaceNamesMigrationTests {

    @Override
    DataSource emptyDatabase() {
        return EmbeddedPostgresConfiguration.newDatabase();
    }
}
