package io.nlc.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins for one user name, or many from one address, each
 * further attempt has to wait twice as long as the one before, up to {@link #MAX_WAIT}. Every attempt is counted
 * when it is let through, before the password is checked, so parallel requests cannot slip past the wait; a
 * successful sign-in then clears the account's count and takes its attempt off the address's. Unknown user names
 * are counted like real ones, so the waiting never tells whether an account exists. Counts fade after an hour
 * without attempts. When the tables are full of recent keys, new keys are turned away rather than let through
 * uncounted.
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
    /** Beyond this many tracked keys, stale ones are dropped first; then new keys are refused until room frees. */
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
        Duration account = wait(byAccount, key(username), FREE_FAILURES_PER_ACCOUNT, now);
        Duration fromAddress = wait(byAddress, address, FREE_FAILURES_PER_ADDRESS, now);
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    /**
     * Lets one attempt through and counts it, or returns how long it must wait. One lock for check and count, so
     * that of many simultaneous requests only those the counts allow go through.
     */
    synchronized Duration tryAttempt(String username, String address) {
        Instant now = clock.instant();
        prune(byAccount, now);
        prune(byAddress, now);
        Duration wait = waitBeforeNextAttempt(username, address);
        if (wait.isZero()) {
            count(byAccount, key(username), now);
            count(byAddress, address, now);
        }
        return wait;
    }

    /** The attempt was right: the account starts afresh and the address gets its attempt back. */
    synchronized void succeeded(String username, String address) {
        byAccount.remove(key(username));
        byAddress.computeIfPresent(address, (key, failures) -> failures.count() <= 1 ? null
                : new Failures(failures.count() - 1, failures.last()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static Duration wait(Map<String, Failures> counts, String key, int free, Instant now) {
        Failures failures = counts.get(key);
        if (failures == null && counts.size() >= MAX_TRACKED) {
            return MAX_WAIT;
        }
        if (failures == null || failures.count() < free || expired(failures, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 20);
        Duration backOff = Duration.ofSeconds(1L << doublings);
        Duration wait = (backOff.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : backOff)
                .minus(Duration.between(failures.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Drops forgotten keys once a table is full, so new keys find room again. */
    private static void prune(Map<String, Failures> counts, Instant now) {
        if (counts.size() >= MAX_TRACKED) {
            counts.values().removeIf(failures -> expired(failures, now));
        }
    }

    private static void count(Map<String, Failures> counts, String key, Instant now) {
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
