package io.nlc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V13 on a database that already holds cities: Flyway up to V12, cities written as the app wrote them then, then
 * V13. Every existing city gets its province and region in Arabic where V13 knows them, and the Latin name
 * otherwise (never null, since the columns become required).
 */
abstract class PlaceNamesMigrationTests {

    /** A new, empty database. */
    abstract DataSource emptyDatabase();

    @Test
    void v13FillsArabicProvinceAndRegionNamesForExistingCities() {
        DataSource database = emptyDatabase();
        migrate(database, "12");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into hub (code, name_en, name_fr, name_ar) values ('MENA', 'MENA', 'MENA', 'مينا')");
        long hub = jdbc.queryForObject("select id from hub where code = 'MENA'", Long.class);
        city(jdbc, hub, "FES", "Fès", "Fès-Meknès");
        city(jdbc, hub, "TNG", "Tanger-Assilah", "Tanger-Tétouan-Al Hoceïma");
        city(jdbc, hub, "OUJ", "Oujda-Angad", "L'Oriental");
        city(jdbc, hub, "RAB", "Rabat", "Rabat-Sale-Kenitra");
        city(jdbc, hub, "IFR", "Ifrane", "Fès-Meknès");
        city(jdbc, hub, "XXX", "Nowhere", "Somewhere");

        migrate(database, "13");

        Map<String, List<String>> arabic = new LinkedHashMap<>();
        jdbc.query("select commune_code, province_ar, region_ar from city order by id", row -> {
            arabic.put(
                    row.getString("commune_code"), List.of(row.getString("province_ar"), row.getString("region_ar")));
        });
        assertThat(arabic)
                .containsExactly(
                        Map.entry("FES", List.of("فاس", "فاس مكناس")),
                        Map.entry("TNG", List.of("طنجة أصيلة", "طنجة تطوان الحسيمة")),
                        Map.entry("OUJ", List.of("وجدة أنكاد", "الشرق")),
                        Map.entry("RAB", List.of("الرباط", "الرباط سلا القنيطرة")),
                        // A province V13 does not know keeps its Latin name until an administrator edits the city.
                        Map.entry("IFR", List.of("Ifrane", "فاس مكناس")),
                        Map.entry("XXX", List.of("Nowhere", "Somewhere")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from city where province_ar is null or region_ar is null", Integer.class))
                .isZero();
    }

    private static void migrate(DataSource database, String version) {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    private static void city(JdbcTemplate jdbc, long hub, String code, String province, String region) {
        jdbc.update(
                "insert into city (hub_id, commune_code, name_en, name_fr, name_ar, province, region)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                hub,
                code,
                code,
                code,
                code,
                province,
                region);
    }
}
