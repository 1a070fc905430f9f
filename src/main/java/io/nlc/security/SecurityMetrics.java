package io.nlc.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed and throttled sign-ins, and the sessions open on this instance, for the operator's metrics
 * (README "Operations"). Counted from Spring Security's authentication events, so the sign-in code knows nothing of
 * metrics; the throttled ones are counted by {@link LoginThrottleFilter}, which turns them away before any check.
 */
@Component
class SecurityMetrics {

    private final Counter signIns;
    private final Counter failedSignIns;
    private final Counter throttledSignIns;

    SecurityMetrics(MeterRegistry registry, OpenSessions sessions) {
        signIns = Counter.builder("nlc.signins")
                .description("Successful sign-ins with user name and password")
                .register(registry);
        failedSignIns = Counter.builder("nlc.signin.failures")
                .description("Sign-ins refused: wrong user name or password, deactivated or locked account")
                .register(registry);
        throttledSignIns = Counter.builder("nlc.signin.throttled")
                .description("Sign-in attempts turned away by the throttle before any password check")
                .register(registry);
        Gauge.builder("nlc.sessions.open", sessions, OpenSessions::count)
                .description("HTTP sessions open on this instance, signed in or not")
                .register(registry);
    }

    /** Sign-ins through the sign-in page only: the drill profile's per-request basic sign-ins are not people. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        signIns.increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failedSignIns.increment();
    }

    void throttled() {
        throttledSignIns.increment();
    }
}
