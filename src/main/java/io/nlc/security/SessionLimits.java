package io.nlc.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a session may last. The idle timeout is the servlet container's ({@code server.servlet.session.timeout});
 * this adds an absolute lifetime (ASVS 7.3.2), so that even a session kept busy ends and its owner signs in again.
 */
@ConfigurationProperties("nlc.session")
record SessionLimits(Duration absoluteTimeout) {

    SessionLimits {
        if (absoluteTimeout == null) {
            absoluteTimeout = Duration.ofHours(12);
        }
    }
}
