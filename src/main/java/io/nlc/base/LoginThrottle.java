package io.nlc.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins for one user name, or many from one address, each
 * further attempt has to wait twice as long as the one before, up to {@link #MAX_WAIT}. Unknown user names are
 * counted like real ones, so the waiting never tells whether an account exists. A successful sign-in clears the
 * account's count; an address's count fades after an hour without failures.
 * <p>In memory, per app instance. Behind a reverse proxy, set {@code server.forward-headers-strategy} so the
 * address is the person's, not the proxy's.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    /** A town hall's whole team may share one address, so it gets more room than one account. */
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Beyond this many tracked keys, stale ones are dropped first; then new keys wait for room. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How long the next attempt for this user name from this address must still wait; zero when it may go. */
    Duration waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(byAccount.get(key(username)), FREE_FAILURES_PER_ACCOUNT, now);
        Duration fromAddress = wait(byAddress.get(address), FREE_FAILURES_PER_ADDRESS, now);
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(byAccount, key(username), now);
        count(byAddress, address, now);
    }

    void succeeded(String username) {
        byAccount.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()), address(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static Duration wait(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() < free || expired(failures, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 20);
        Duration backOff = Duration.ofSeconds(1L << doublings);
        Duration wait = (backOff.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : backOff)
                .minus(Duration.between(failures.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private void count(Map<String, Failures> counts, String key, Instant now) {
        if (counts.size() >= MAX_TRACKED && !counts.containsKey(key)) {
            counts.values().removeIf(failures -> expired(failures, now));
            if (counts.size() >= MAX_TRACKED) {
                return;
            }
        }
        counts.merge(key, new Failures(1, now), (old, one) -> expired(old, now) ? one
                : new Failures(old.count() + 1, now));
    }

    private static boolean expired(Failures failures, Instant now) {
        return Duration.between(failures.last(), now).compareTo(FORGET_AFTER) > 0;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
