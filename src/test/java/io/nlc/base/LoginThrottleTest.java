package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(Optional.of(clock));

    @Test
    void anAccountGetsAFewFreeAttemptsThenWaitsTwiceAsLongEachTime() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
        }
        assertThat(throttle.tryAttempt("Karim ", "10.0.0.2")).as("any case, any address")
                .isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("karim", "10.0.0.1")).isZero();
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 12; i++) {
            clock.advance(LoginThrottle.MAX_WAIT);
            assertThat(throttle.tryAttempt("karim", "10.0.1." + i)).isZero();
        }
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.99")).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.tryAttempt("nadia", "10.0.0.99")).as("others are not affected").isZero();

        throttle.succeeded("KARIM", "10.0.0.99");
        assertThat(throttle.tryAttempt("karim", "10.0.0.99")).isZero();
    }

    @Test
    void simultaneousAttemptsCannotSlipPastTheCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Duration>> attempts = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                attempts.add(() -> throttle.tryAttempt("coordinator.fes", "198.51.100." + Thread.currentThread().getId()));
            }
            int through = 0;
            for (Future<Duration> attempt : pool.invokeAll(attempts)) {
                through += attempt.get().isZero() ? 1 : 0;
            }
            assertThat(through).isEqualTo(LoginThrottle.FREE_FAILURES_PER_ACCOUNT);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownUserNamesAreTreatedLikeRealOnes() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            throttle.tryAttempt("nobody-x", "10.0.0.1");
        }
        assertThat(throttle.tryAttempt("nobody-x", "10.0.0.3")).isPositive();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownButItsSuccessfulSignInsAreNot() {
        for (int i = 0; i < 3 * LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.tryAttempt("member" + i, "203.0.113.9")).as("a town hall signing in").isZero();
            throttle.succeeded("member" + i, "203.0.113.9");
        }
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.tryAttempt("user" + i, "192.0.2.7")).isZero();
        }
        assertThat(throttle.tryAttempt("someone-else", "192.0.2.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("someone-else", "192.0.2.8")).isZero();
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.tryAttempt("user0", "192.0.2.7")).as("forgotten after an hour").isZero();
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.7")).isZero();
    }

    @Test
    void fullTablesRefuseNewKeysInsteadOfLettingThemThroughUncounted() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.tryAttempt("made-up-" + i, "2001:db8::" + Integer.toHexString(i));
        }
        assertThat(throttle.tryAttempt("coordinator.fes", "2001:db8::ffff:1")).isEqualTo(LoginThrottle.MAX_WAIT);
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.tryAttempt("coordinator.fes", "2001:db8::ffff:1")).as("room again").isZero();
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
