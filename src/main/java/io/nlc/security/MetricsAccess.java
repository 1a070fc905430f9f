package io.nlc.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a metrics scraper read {@code /actuator/prometheus} when it sends the configured token
 * ({@code Authorization: Bearer <token>}), nobody else: the figures say how busy which instance is, which is no
 * business of an anonymous caller. No token configured: nobody reads them.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** A shorter token could be guessed; the app refuses to start with one. */
    static final int MIN_TOKEN_LENGTH = 32;

    private final byte @Nullable [] token;

    MetricsAccess(String token) {
        if (!token.isEmpty() && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("NLC_METRICS_TOKEN (nlc.metrics.token) must be at least " + MIN_TOKEN_LENGTH
                    + " characters long, e.g. from `openssl rand -hex 32`");
        }
        this.token = token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationDecision authorize(
            Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return new AuthorizationDecision(false);
        }
        byte[] sent = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        // Constant time, so that the answer's timing tells nothing about how much of the token was right.
        return new AuthorizationDecision(MessageDigest.isEqual(token, sent));
    }
}
