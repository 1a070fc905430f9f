package io.nlc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each sign-in attempt with {@link LoginThrottle} before any password is checked, and turns it away while
 * the throttle says to wait; the sign-in page then says for how many minutes. Built by {@link SecurityConfiguration}, not a bean, so it runs only in the
 * security chain.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityMetrics metrics;

    LoginThrottleFilter(LoginThrottle throttle, SecurityMetrics metrics) {
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Duration wait = throttle.tryAttempt(username == null ? "" : username, request.getRemoteAddr());
        if (wait.isPositive()) {
            metrics.throttled();
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + LoginThrottle.minutesToTell(wait));
            return;
        }
        chain.doFilter(request, response);
    }
}
