package io.nlc.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than {@link SessionLimits#absoluteTimeout()}, however busy it is, before the security context
 * is read from it: the request then carries no session, so a page asks to sign in again and Vaadin's client reloads into the sign-in page.
 * The session's creation time survives the id change at sign-in, so the clock starts at the first visit.
 * Built by {@link SecurityConfiguration}, not a bean, so it runs only in the security chain.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration lifetime;

    AbsoluteSessionTimeoutFilter(SessionLimits limits) {
        this.lifetime = limits.absoluteTimeout();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > lifetime.toMillis()) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Ended meanwhile: nothing left to do.
            }
        }
        chain.doFilter(request, response);
    }
}
