package io.nlc.security;

import io.nlc.organisation.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in. When the password was right for an account with a second factor, the person is
 * <em>not</em> signed in yet: the authentication waits in the session ({@link Pending}) while the code page asks for
 * a code, and the session carries no security context, so every page and download still sees a stranger. A right
 * code (or an unused recovery code) then signs them in, with a new session id. Code attempts are counted by the same
 * {@link LoginThrottle} as passwords, and a right password alone does not clear the counts: otherwise someone who
 * knows the password could retype it between guesses of the code.
 */
@Component
class SecondFactorSignIn {

    /** Session attribute holding the {@link Pending} sign-in. */
    static final String PENDING = SecondFactorSignIn.class.getName() + ".pending";
    /** How long the code page waits for a code after the password. */
    static final Duration PENDING_FOR = Duration.ofMinutes(5);

    static final String CODE_PAGE = "second-factor";

    /** A right password waiting for its code. */
    record Pending(Authentication authentication, String address, Instant since) implements Serializable {
        String username() {
            return authentication.getName();
        }
    }

    enum Outcome {
        SIGNED_IN,
        WRONG,
        THROTTLED,
        EXPIRED
    }

    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;
    private final SecurityMetrics metrics;
    private final Clock clock;

    SecondFactorSignIn(SecondFactors secondFactors, LoginThrottle throttle, SecurityMetrics metrics, Clock clock) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * After a right password: accounts with a second factor go to the code page, not signed in; the others are
     * signed in as before ({@code signedIn}).
     */
    AuthenticationSuccessHandler after(AuthenticationSuccessHandler signedIn) {
        return (request, response, authentication) -> {
            if (!secondFactors.enabledFor(authentication.getName())) {
                metrics.signedIn();
                signedIn.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            HttpSession session = request.getSession();
            // The password filter has already stored the context in the session: take it out again.
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            SecurityContextHolder.clearContext();
            session.setAttribute(PENDING, new Pending(authentication, request.getRemoteAddr(), clock.instant()));
            response.sendRedirect(request.getContextPath() + "/" + CODE_PAGE);
        };
    }

    /** A right password clears the throttle's counts only when no code is still to come. */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (!secondFactors.enabledFor(authentication.getName())) {
            throttle.succeeded(authentication.getName(), address(authentication));
        }
    }

    /** The sign-in waiting for a code in this session, if any and not too old. */
    @Nullable
    Pending pending(@Nullable Object attribute) {
        return attribute instanceof Pending pending
                        && clock.instant().isBefore(pending.since().plus(PENDING_FOR))
                ? pending
                : null;
    }

    /**
     * Checks a code for the sign-in waiting in {@code session}; on success signs the person in (the security context
     * in the session, a new session id). The attempt is throttled like a password.
     */
    Outcome verify(HttpSession session, HttpServletRequest request, String code) {
        Pending pending = pending(session.getAttribute(PENDING));
        if (pending == null) {
            session.removeAttribute(PENDING);
            return Outcome.EXPIRED;
        }
        String address = request.getRemoteAddr();
        if (throttle.tryAttempt(pending.username(), address).isPositive()) {
            metrics.throttled();
            return Outcome.THROTTLED;
        }
        if (!secondFactors.verifySignIn(pending.username(), code)) {
            metrics.failed();
            return Outcome.WRONG;
        }
        metrics.signedIn();
        throttle.succeeded(pending.username(), address);
        session.removeAttribute(PENDING);
        // Against session fixation, as the password step does: the signed-in session gets a new id.
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending.authentication());
        SecurityContextHolder.setContext(context);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return Outcome.SIGNED_IN;
    }

    /** How long the person of the sign-in waiting in {@code session} must wait before the next code. */
    Duration waitBeforeNextCode(HttpSession session, HttpServletRequest request) {
        Pending pending = pending(session.getAttribute(PENDING));
        return pending == null
                ? Duration.ZERO
                : throttle.waitBeforeNextAttempt(pending.username(), request.getRemoteAddr());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
