package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(Optional.of(clock));

    @Test
    void anAccountGetsAFewFreeFailuresThenWaitsTwiceAsLongEachTime() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isZero();
            throttle.failed("karim", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("Karim ", "10.0.0.2")).as("any case, any address")
                .isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isZero();
        throttle.failed("karim", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 30; i++) {
            throttle.failed("karim", "10.0.0." + i);
        }
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.99")).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitBeforeNextAttempt("nadia", "10.0.0.99")).as("others are not affected").isZero();

        throttle.succeeded("KARIM");
        assertThat(throttle.waitBeforeNextAttempt("karim", "10.0.0.99")).isZero();
    }

    @Test
    void unknownUserNamesAreTreatedLikeRealOnes() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            throttle.failed("nobody-" + "x", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("nobody-x", "10.0.0.3")).isPositive();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownAndForgottenAfterAnHour() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.8")).isZero();
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.7")).isZero();
        throttle.failed("user0", "192.0.2.7");
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.7")).as("counting starts again").isZero();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
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
