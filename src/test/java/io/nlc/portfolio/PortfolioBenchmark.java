package io.nlc.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.testsupport.EmbeddedPostgresConfiguration;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ShippedContent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub portfolio at national scale: one hub with Morocco's 1,503 communes in 12 regions, each with two validated
 * rounds and one in progress (4,509 rounds, every core item answered with a realistic mix), then the calls the
 * portfolio screen makes, timed. Not part of the normal test run (surefire excludes *Benchmark*); run with
 * <pre>./mvnw -o test -Dtest=PortfolioBenchmark                                          # H2
 * ./mvnw -o test -Dtest=PortfolioBenchmark -Dspring.profiles.active=postgres-test      # embedded PostgreSQL</pre>
 * or {@code bin/benchmarks}. Prints one {@code PORTFOLIO} line per scenario: median and p95 server time.
 */
@SpringBootTest(properties = ShippedContent.PROPERTY)
@Import({EmbeddedPostgresConfiguration.class, PortfolioBenchmark.Pooled.class})
class PortfolioBenchmark {

    static final int CITIES = 1_503;
    static final int REGIONS = 12;
    static final int WARM_UP = 5;
    static final int RUNS = Integer.getInteger("portfolio.runs", 15);
    /** quality-bars.md: dashboard data <= 300 ms server time. */
    static final double BAR_MS = 300;
    /** Vaadin's grid asks for pages of 50 rows. */
    static final int PAGE = 50;

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    HubPortfolio portfolio;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    FrameworkCatalog catalog;

    @Autowired
    DataSource dataSource;

    @Test
    void portfolioAtNationalScale() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String database = jdbc.execute(
                (java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        long started = System.nanoTime();
        World world = seed(jdbc);
        System.out.printf(
                "PORTFOLIO db=%s seeded %d cities, %d rounds, %d answers in %.1f s%n",
                database,
                CITIES,
                jdbc.queryForObject("select count(*) from assessment", Long.class),
                jdbc.queryForObject("select count(*) from answer", Long.class),
                (System.nanoTime() - started) / 1e9);

        Fixtures.signIn(world.advisor);
        PortfolioQuery byCity =
                new PortfolioQuery(PortfolioMode.LATEST_VALIDATED, null, PortfolioQuery.Sort.CITY, false);
        assertThat(portfolio.count(world.hub, byCity)).isEqualTo(CITIES);
        assertThat(portfolio.rows(world.hub, byCity, 0, PAGE))
                .hasSize(PAGE)
                .allSatisfy(row -> assertThat(row.trend()).isNotNull());

        // What PortfolioView does on opening: hub title, regions, columns, then the grid's count and first page.
        measure(database, "open (hub+regions+themes+count+first page)", () -> {
            portfolio.hub(world.hub);
            portfolio.regions(world.hub, Language.FR);
            portfolio.themes();
            portfolio.count(world.hub, byCity);
            return portfolio.rows(world.hub, byCity, 0, PAGE);
        });
        measure(database, "scroll (page 2)", () -> portfolio.rows(world.hub, byCity, PAGE, PAGE));
        PortfolioQuery byIndex =
                new PortfolioQuery(PortfolioMode.LATEST_VALIDATED, null, PortfolioQuery.Sort.INDEX, true);
        measure(database, "sort by index (count+first page)", () -> {
            portfolio.count(world.hub, byIndex);
            return portfolio.rows(world.hub, byIndex, 0, PAGE);
        });
        PortfolioQuery region =
                new PortfolioQuery(PortfolioMode.LATEST_VALIDATED, "Region 03", PortfolioQuery.Sort.CITY, false);
        measure(database, "region filter (count+first page)", () -> {
            portfolio.count(world.hub, region);
            return portfolio.rows(world.hub, region, 0, PAGE);
        });
        PortfolioQuery inProgress =
                new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.COMPLETENESS, false);
        measure(database, "in progress by completeness (count+first page)", () -> {
            portfolio.count(world.hub, inProgress);
            return portfolio.rows(world.hub, inProgress, 0, PAGE);
        });
        // The results page of a city asks for the anonymous median of every other consenting city of the hub.
        Fixtures.signIn(world.coordinator);
        measure(database, "peer medians (1,502 consenting peers)", () -> resultsService.peerMedians(world.ownRound));
        Fixtures.signOut();
    }

    private static void measure(String database, String scenario, Supplier<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[RUNS / 2];
        double p95 = millis[(int) Math.ceil(RUNS * 0.95) - 1];
        System.out.printf(
                "PORTFOLIO db=%s scenario=\"%s\" runs=%d median=%.1f ms p95=%.1f ms bar=%.0f ms "
                        + "median/bar=%.2f %s%n",
                database, scenario, RUNS, median, p95, BAR_MS, median / BAR_MS, median <= BAR_MS ? "MET" : "NOT-MET");
    }

    record World(long hub, String advisor, String coordinator, long ownRound) {}

    /**
     * The embedded PostgreSQL of the tests hands out a new server connection per transaction; the app runs behind
     * Spring Boot's Hikari pool. Pool it here too, so connection start-up is not measured as portfolio time.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Pooled {
        @Bean
        static BeanPostProcessor poolTheDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource plain && !(bean instanceof HikariDataSource)) {
                        HikariConfig config = new HikariConfig();
                        config.setDataSource(plain);
                        config.setMaximumPoolSize(5);
                        return new HikariDataSource(config);
                    }
                    return bean;
                }
            };
        }
    }

    /** Cities through the real service; rounds and answers by batched JDBC inserts, which takes seconds, not minutes. */
    private World seed(JdbcTemplate jdbc) {
        String s = Long.toString(System.nanoTime(), 36);
        long hub = setup.hub("MA-" + s, new LocalizedText("Morocco", "Maroc", "المغرب"));
        // One city through the service (checks the columns still match), the rest in one batch.
        setup.city(
                "C0-" + s,
                new CityDetails(
                        hub,
                        new LocalizedText("Commune 0000", "Commune 0000", "جماعة 0"),
                        "Province 00",
                        "إقليم 00",
                        "Region 00",
                        "جهة 00"));
        List<Object[]> cityRows = new ArrayList<>(CITIES);
        for (int i = 1; i < CITIES; i++) {
            String name = "Commune %04d".formatted(i);
            cityRows.add(new Object[] {
                hub,
                "C" + i + "-" + s,
                name,
                name,
                "جماعة " + i,
                "Province %02d".formatted(i % 75),
                "Region %02d".formatted(i % REGIONS)
            });
        }
        jdbc.batchUpdate(
                "insert into city (hub_id, commune_code, name_en, name_fr, name_ar, province, region)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                cityRows);
        List<Long> cities =
                jdbc.queryForList("select id from city where hub_id = ? order by commune_code", Long.class, hub);
        String advisor = "advisor-" + s;
        String coordinator = "coordinator-" + s;
        setup.user(advisor, Fixtures.PASSWORD, "Advisor", Role.HUB_ADVISOR, null, hub, Language.EN);
        long author = setup.user(
                coordinator,
                Fixtures.PASSWORD,
                "Coordinator",
                Role.CITY_COORDINATOR,
                cities.getFirst(),
                null,
                Language.EN);
        jdbc.update("update city set peer_consent = true where hub_id = ?", hub);

        var framework = catalog.current();
        Instant base = Instant.parse("2024-03-01T09:00:00Z");
        String[] labels = {"2024", "2025", "2026"};
        String[] statuses = {"VALIDATED", "VALIDATED", "DRAFT"};
        List<Object[]> rounds = new ArrayList<>();
        for (int c = 0; c < CITIES; c++) {
            for (int r = 0; r < labels.length; r++) {
                Instant created = base.plus(365L * r, ChronoUnit.DAYS).plus(c, ChronoUnit.MINUTES);
                rounds.add(new Object[] {
                    cities.get(c),
                    labels[r],
                    framework.version(),
                    framework.checksum(),
                    Tier.CORE.name(),
                    statuses[r],
                    author,
                    Timestamp.from(created),
                    Timestamp.from(created.plus(30, ChronoUnit.DAYS))
                });
            }
        }
        jdbc.batchUpdate(
                "insert into assessment (city_id, round_label, framework_version, framework_checksum, tier,"
                        + " status, created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                rounds);

        List<Theme> themes = framework.themesInScope(java.util.Set.of());
        List<Item> coreItems = themes.stream()
                .flatMap(theme -> theme.itemsFor(Tier.CORE).stream())
                .toList();
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        Random random = new Random(1503);
        Timestamp saved = Timestamp.from(base);
        List<Map<String, Object>> created = jdbc.queryForList(
                "select a.id, a.status from assessment a" + " join city c on c.id = a.city_id where c.hub_id = ?", hub);
        for (Map<String, Object> round : created) {
            long id = ((Number) round.get("id")).longValue();
            boolean inProgress = "DRAFT".equals(round.get("status"));
            for (Theme theme : themes) {
                targets.add(new Object[] {id, theme.id(), theme.defaultTarget()});
            }
            for (Item item : coreItems) {
                int roll = random.nextInt(100);
                if (inProgress && roll < 30) {
                    continue; // a round in progress has about 70 % of its items answered
                }
                String state = roll % 17 == 0 ? "NOT_APPLICABLE" : roll % 13 == 0 ? "DONT_KNOW" : "LEVEL";
                Integer level = state.equals("LEVEL") ? random.nextInt(Item.MAX_LEVEL + 1) : null;
                answers.add(new Object[] {id, item.id(), state, level, author, saved});
            }
        }
        jdbc.batchUpdate(
                "insert into assessment_target (assessment_id, theme_id, target_level) values (?, ?, ?)", targets);
        for (int from = 0; from < answers.size(); from += 5_000) {
            jdbc.batchUpdate(
                    "insert into answer (assessment_id, item_id, state, level, updated_by, updated_at,"
                            + " version) values (?, ?, ?, ?, ?, ?, 0)",
                    answers.subList(from, Math.min(from + 5_000, answers.size())));
        }
        long ownRound = created.stream()
                .map(round -> ((Number) round.get("id")).longValue())
                .min(Long::compare)
                .orElseThrow();
        return new World(hub, advisor, coordinator, ownRound);
    }
}
