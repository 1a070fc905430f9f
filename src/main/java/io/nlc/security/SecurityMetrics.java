package io.nlc.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed and throttled sign-ins, and the sessions open on this instance, for the operator's metrics
 * (README "Operations"). A sign-in counts once it is complete: after the password, or after the code for an account
 * with a second factor ({@link SecondFactorSignIn}); a wrong code counts as a failure and a throttled one as
 * throttled, like passwords. Failed passwords are counted from Spring Security's events; throttled passwords by
 * {@link LoginThrottleFilter}, which turns them away before any check.
 */
@Component
class SecurityMetrics {

    private final Counter signIns;
    private final Counter failedSignIns;
    private final Counter throttledSignIns;

    SecurityMetrics(MeterRegistry registry, OpenSessions sessions) {
        signIns = Counter.builder("nlc.signins")
                .description("Complete sign-ins: the password, and the second-factor code where the account has one")
                .register(registry);
        failedSignIns = Counter.builder("nlc.signin.failures")
                .description(
                        "Sign-ins refused: wrong user name, password or second-factor code, deactivated or locked account")
                .register(registry);
        throttledSignIns = Counter.builder("nlc.signin.throttled")
                .description("Passwords and second-factor codes turned away by the throttle before any check")
                .register(registry);
        Gauge.builder("nlc.sessions.open", sessions, OpenSessions::count)
                .description("HTTP sessions open on this instance, signed in or not")
                .register(registry);
    }

    /**
     * Through the sign-in page only (the drill profile's per-request basic sign-ins are not people), and only once no
     * step is left.
     */
    void signedIn() {
        signIns.increment();
    }

    /** A wrong second-factor code (failed passwords come as Spring Security's events). */
    void failed() {
        failedSignIns.increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failedSignIns.increment();
    }

    void throttled() {
        throttledSignIns.increment();
    }
}
