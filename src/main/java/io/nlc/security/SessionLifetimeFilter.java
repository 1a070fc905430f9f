package io.nlc.security;

import io.nlc.kernel.NlcProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than {@link NlcProperties.Session#absoluteTimeout()}, however busy it is, or idle for longer
 * than the container's time-out even though Vaadin's heartbeat kept it alive, before the security context is read
 * from it: the request then carries no session, so a page asks to sign in again and Vaadin's client reloads into the
 * sign-in page. The session's creation time survives the id change at sign-in, so the clock starts at the first
 * visit. It also ends a session whose person's sessions were all ended on another app instance
 * ({@link SessionCutoffs}), notes the browser and address a session started from, for "My sessions" ({@link OpenSessions}),
 * and marks a signed-in browser for the sign-in page's "your session has ended" ({@link SessionEndedNotice}).
 * Built by {@link SecurityConfiguration}, not a bean, so it runs only in the security chain.
 * <p>Why not only {@code vaadin.closeIdleSessions}: Vaadin then closes its own session state but leaves the HTTP
 * session, and with it the sign-in, in place, so reloading the page let the idle person straight back in.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String BROWSER = "nlc.session.browser";
    static final String ADDRESS = "nlc.session.address";
    /** When the person last did something: any request but Vaadin's heartbeat and push connection. */
    static final String LAST_ACTIVE = "nlc.session.last-active";
    /** Enough to tell browsers apart; a longer header is someone's padding. */
    private static final int MAX_BROWSER = 400;

    private final Duration lifetime;
    private final SessionCutoffs cutoffs;

    SessionLifetimeFilter(NlcProperties.Session limits, SessionCutoffs cutoffs) {
        this.lifetime = limits.absoluteTimeout();
        this.cutoffs = cutoffs;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                long now = System.currentTimeMillis();
                if (now - session.getCreationTime() > lifetime.toMillis()
                        || idleTooLong(session, now)
                        || endedElsewhere(session)) {
                    session.invalidate();
                } else {
                    if (!isBackground(request)) {
                        session.setAttribute(LAST_ACTIVE, now);
                    }
                    if (signedIn(session)) {
                        SessionEndedNotice.mark(request, response);
                    }
                    if (session.getAttribute(BROWSER) == null) {
                        String agent = request.getHeader("User-Agent");
                        session.setAttribute(
                                BROWSER,
                                agent == null ? "" : agent.substring(0, Math.min(agent.length(), MAX_BROWSER)));
                        session.setAttribute(ADDRESS, request.getRemoteAddr());
                    }
                }
            } catch (IllegalStateException alreadyInvalid) {
                // Ended meanwhile: nothing left to do.
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether its person's sessions were ended since they signed in, maybe on another instance ({@link
     * SessionCutoffs}). A signed-in session without its sign-in time (signed in before this check existed) gets
     * it now.
     */
    private boolean endedElsewhere(HttpSession session) {
        if (!signedIn(session)) {
            return false;
        }
        if (!(session.getAttribute(SessionCutoffs.SIGNED_IN_AT) instanceof Long signedInAt)) {
            SessionCutoffs.stamp(session, cutoffs.now());
            return false;
        }
        return cutoffs.ended(signedInName(session), Instant.ofEpochMilli(signedInAt));
    }

    /** Signed in completely: a sign-in still waiting for its second-factor code has no context in the session. */
    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated();
    }

    private static String signedInName(HttpSession session) {
        return ((SecurityContext)
                        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .getAuthentication()
                .getName();
    }

    /** Idle for longer than the container's time-out, counting only what the person did. */
    private static boolean idleTooLong(HttpSession session, long now) {
        int idleSeconds = session.getMaxInactiveInterval();
        long lastActive = session.getAttribute(LAST_ACTIVE) instanceof Long last ? last : session.getCreationTime();
        return idleSeconds > 0 && now - lastActive > idleSeconds * 1000L;
    }

    /** Vaadin's heartbeat and push connection come from the open page, not from the person. */
    private static boolean isBackground(HttpServletRequest request) {
        // From the query string only: getParameter would read an upload's body before Vaadin does.
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals("v-r=heartbeat") || parameter.equals("v-r=push")) {
                return true;
            }
        }
        return false;
    }
}
