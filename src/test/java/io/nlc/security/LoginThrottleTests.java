package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The throttle's rules, on its real store: a database migrated by Flyway (H2 and PostgreSQL), shared by the tests of
 * a class and emptied before each.
 */
abstract class LoginThrottleTests {

    private final DataSource database = database();
    private final MutableClock clock = new MutableClock();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final LoginThrottle throttle = instance();

    LoginThrottleTests() {
        jdbc.sql("delete from sign_in_attempts").update();
    }

    /** The subclass's database, migrated once for all its tests. */
    abstract DataSource database();

    static DataSource migrated(DataSource database) {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return database;
    }

    /** An app instance of its own on the shared database, as behind a proxy. */
    private LoginThrottle instance() {
        return new LoginThrottle(clock, new SignInAttempts(jdbc, new DataSourceTransactionManager(database)));
    }

    @Test
    void twoInstancesOnOneDatabaseCountTheSameAttempts() {
        LoginThrottle other = instance();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat((i % 2 == 0 ? throttle : other).tryAttempt("karim", "10.0.0.1"))
                    .isZero();
        }
        assertThat(other.tryAttempt("karim", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        other.succeeded("karim", "10.0.0.1");
        assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
    }

    @Test
    void aNameFromOneAddressGetsAFewFreeAttemptsThenWaitsTwiceAsLongEachTime() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
        }
        assertThat(throttle.tryAttempt("Karim ", "10.0.0.1")).as("any case").isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 12; i++) {
            clock.advance(LoginThrottle.MAX_WAIT);
            assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
        }
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.tryAttempt("nadia", "10.0.0.99"))
                .as("others are not affected")
                .isZero();

        throttle.succeeded("KARIM", "10.0.0.1");
        assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
    }

    /** The attack of the security test (W1): 258 guesses in 130 s from one address kept the owner out 13 of 13 times. */
    @Test
    void theOwnerGetsInFromAnotherAddressWhileAGuesserIsSlowedDown() {
        int letThrough = 0;
        for (int i = 0; i < 258; i++) {
            letThrough += throttle.tryAttempt("coordinator.rabat", "127.0.0.50").isZero() ? 1 : 0;
            clock.advance(Duration.ofMillis(504));
        }
        assertThat(letThrough).as("the guesser is slowed down").isLessThan(15);
        assertThat(throttle.waitBeforeNextAttempt("coordinator.rabat", "127.0.0.50"))
                .isPositive();
        for (int i = 0; i < 13; i++) {
            assertThat(throttle.tryAttempt("coordinator.rabat", "127.0.0.60"))
                    .as("the owner, attempt %d", i)
                    .isZero();
            throttle.succeeded("coordinator.rabat", "127.0.0.60");
        }
        assertThat(throttle.waitBeforeNextAttempt("coordinator.rabat", "127.0.0.50"))
                .as("still slowed")
                .isPositive();
    }

    @Test
    void guessesSpreadOverManyAddressesMeetAnAccountWideCeilingThatNeverLocksTheOwnerOutForLong() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(throttle.tryAttempt("member.fes", "198.51.100." + i)).isZero();
        }
        assertThat(throttle.tryAttempt("member.fes", "198.51.100.200")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 40; i++) {
            clock.advance(LoginThrottle.MAX_ACCOUNT_WAIT);
            assertThat(throttle.tryAttempt("member.fes", "203.0.113." + i)).isZero();
        }
        assertThat(throttle.waitBeforeNextAttempt("member.fes", "192.0.2.1"))
                .as("the owner's worst case")
                .isEqualTo(LoginThrottle.MAX_ACCOUNT_WAIT);
    }

    @Test
    void simultaneousAttemptsCannotSlipPastTheCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Duration>> attempts = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                attempts.add(() -> throttle.tryAttempt("coordinator.fes", "198.51.100.7"));
            }
            int through = 0;
            for (Future<Duration> attempt : pool.invokeAll(attempts)) {
                through += attempt.get().isZero() ? 1 : 0;
            }
            assertThat(through).isEqualTo(LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownUserNamesAreTreatedLikeRealOnes() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            throttle.tryAttempt("nobody-x", "10.0.0.1");
        }
        assertThat(throttle.tryAttempt("nobody-x", "10.0.0.1")).isPositive();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownButItsSuccessfulSignInsAreNot() {
        for (int i = 0; i < 3 * LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.tryAttempt("member" + i, "203.0.113.9"))
                    .as("a town hall signing in")
                    .isZero();
            throttle.succeeded("member" + i, "203.0.113.9");
        }
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.tryAttempt("user" + i, "192.0.2.7")).isZero();
        }
        assertThat(throttle.tryAttempt("someone-else", "192.0.2.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("someone-else", "192.0.2.8")).isZero();
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.tryAttempt("user0", "192.0.2.7"))
                .as("forgotten after an hour")
                .isZero();
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.7")).isZero();
    }

    /** The memory attack of the security test (F6): 100 sign-ins with 1.9 MB user names held 187 MB. */
    @Test
    void aWaitIsToldInWholeMinutesFromOneToTheLongest() {
        assertThat(LoginThrottle.minutesToTell(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(LoginThrottle.minutesToTell(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(LoginThrottle.minutesToTell(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(LoginThrottle.minutesToTell(LoginThrottle.MAX_WAIT)).isEqualTo(15);
        assertThat(LoginThrottle.minutesToTell(Duration.ofDays(3))).isEqualTo(15);
        assertThat(LoginThrottle.minutesToTell(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void hugeUserNamesAndAddressesAreCutBeforeTheyAreCounted() {
        for (int i = 0; i < 20; i++) {
            String huge = ("x" + i).repeat(1_900_000 / 3);
            throttle.tryAttempt(huge, "192.0.2." + i + "x".repeat(5_000));
        }
        assertThat(jdbc.sql("select max(length(counter_key)) from sign_in_attempts")
                        .query(Integer.class)
                        .single())
                .isLessThanOrEqualTo("both:".length() + LoginThrottle.MAX_USERNAME + 1 + LoginThrottle.MAX_ADDRESS);
    }

    @Test
    void aFloodOfNewNamesDoesNotWipeTheCountOfAnAccountUnderAttackAndOldCountsAreForgotten() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS + 3; i++) {
            throttle.tryAttempt("coordinator.fes", "192.0.2.66");
        }
        for (int i = 0; i < 200; i++) {
            throttle.tryAttempt("made-up-" + i, "2001:db8::" + Integer.toHexString(i));
        }
        assertThat(throttle.waitBeforeNextAttempt("coordinator.fes", "192.0.2.66"))
                .isPositive();
        assertThat(throttle.tryAttempt("coordinator.fes", "192.0.2.99"))
                .as("the owner elsewhere")
                .isZero();

        clock.advance(Duration.ofMinutes(40));
        throttle.tryAttempt("coordinator.fes", "192.0.2.66");
        clock.advance(Duration.ofMinutes(40));
        throttle.forgetOldCounts();
        assertThat(jdbc.sql("select counter_key from sign_in_attempts")
                        .query(String.class)
                        .list())
                .as("only what was tried within the hour")
                .containsExactlyInAnyOrder(
                        "both:coordinator.fes\n192.0.2.66", "name:coordinator.fes", "address:192.0.2.66");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        synchronized void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
