package io.nlc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock the real person out. Three counts, each of which,
 * past its free attempts, makes every further attempt wait twice as long as the one before (second-factor codes
 * count here too, see {@link SecondFactorSignIn}, which also clears the counts after a complete sign-in):
 * <ul>
 *   <li>per user name <em>and</em> address: the strict one (5 free, up to 15 minutes), so a guesser is slowed down
 *       at once while the person, from their own address, is not;</li>
 *   <li>per user name from all addresses: a looser ceiling (20 free, at most a minute's wait), so guesses spread
 *       over many addresses stay slow too, yet the person waits a minute at worst;</li>
 *   <li>per address: many names tried from one place (30 free, up to 15 minutes; a town hall shares one address,
 *       and a success gives the address its attempt back).</li>
 * </ul>
 * Every attempt is counted when it is let through, before the password is checked, so parallel requests cannot slip
 * past; a success clears the name's counts. Unknown names count like real ones, so waiting never tells whether an
 * account exists. User names are cut to {@link #MAX_USERNAME} characters before they are counted (no account has a
 * longer one), and each table is a bounded cache that forgets a key after an hour without attempts: however many or
 * long the names an attacker sends, the tables stay small. When a table is full, the keys tried least often go
 * first, so a flood of new names does not wipe the count of an account under attack.
 * <p>In memory, per app instance. Behind a reverse proxy the address must be the person's: see the README.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int FREE_FAILURES_PER_ACCOUNT = 20;
    /** A town hall's whole team may share one address, so it gets more room than one account. */
    static final int FREE_FAILURES_PER_ADDRESS = 30;

    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** The account-wide ceiling never keeps its owner waiting longer than this. */
    static final Duration MAX_ACCOUNT_WAIT = Duration.ofMinutes(1);

    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 50_000;
    /** The longest user name an account can have ({@code UserAdministration}). */
    static final int MAX_USERNAME = 80;

    private record Failures(int count, Instant last) {}

    private final Cache<String, Failures> byAccountAndAddress;
    private final Cache<String, Failures> byAccount;
    private final Cache<String, Failures> byAddress;
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.byAccountAndAddress = table();
        this.byAccount = table();
        this.byAddress = table();
    }

    private Cache<String, Failures> table() {
        Instant start = clock.instant();
        // Caffeine's own time follows our clock, so that tests can move it; maintenance runs on the calling thread.
        Ticker ticker = () -> Duration.between(start, clock.instant()).toNanos();
        return Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterAccess(FORGET_AFTER)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** How long the next attempt for this user name from this address must still wait; zero when it may go. */
    Duration waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        String account = key(username);
        return Stream.of(
                        wait(
                                byAccountAndAddress,
                                pair(account, address),
                                FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS,
                                MAX_WAIT,
                                now),
                        wait(byAccount, account, FREE_FAILURES_PER_ACCOUNT, MAX_ACCOUNT_WAIT, now),
                        wait(byAddress, address, FREE_FAILURES_PER_ADDRESS, MAX_WAIT, now))
                .max(Duration::compareTo)
                .orElseThrow();
    }

    /**
     * Lets one attempt through and counts it, or returns how long it must wait. One lock for check and count, so
     * that of many simultaneous requests only those the counts allow go through.
     */
    synchronized Duration tryAttempt(String username, String address) {
        Duration wait = waitBeforeNextAttempt(username, address);
        if (wait.isZero()) {
            Instant now = clock.instant();
            String account = key(username);
            count(byAccountAndAddress, pair(account, address), now);
            count(byAccount, account, now);
            count(byAddress, address, now);
        }
        return wait;
    }

    /** The attempt was right: the name starts afresh and the address gets its attempt back. */
    synchronized void succeeded(String username, String address) {
        String account = key(username);
        byAccountAndAddress.invalidate(pair(account, address));
        byAccount.invalidate(account);
        byAddress
                .asMap()
                .computeIfPresent(
                        address,
                        (key, failures) ->
                                failures.count() <= 1 ? null : new Failures(failures.count() - 1, failures.last()));
    }

    /** How many characters the tables hold in their keys: what an attacker's names cost in memory. */
    long trackedKeyCharacters() {
        return Stream.of(byAccountAndAddress, byAccount, byAddress)
                .mapToLong(table -> table.asMap().keySet().stream()
                        .mapToLong(String::length)
                        .sum())
                .sum();
    }

    private static Duration wait(Cache<String, Failures> counts, String key, int free, Duration maxWait, Instant now) {
        Failures failures = counts.getIfPresent(key);
        if (failures == null || failures.count() < free || expired(failures, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 20);
        Duration backOff = Duration.ofSeconds(1L << doublings);
        Duration wait =
                (backOff.compareTo(maxWait) > 0 ? maxWait : backOff).minus(Duration.between(failures.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static void count(Cache<String, Failures> counts, String key, Instant now) {
        counts.asMap()
                .merge(
                        key,
                        new Failures(1, now),
                        (old, one) -> expired(old, now) ? one : new Failures(old.count() + 1, now));
    }

    private static boolean expired(Failures failures, Instant now) {
        return Duration.between(failures.last(), now).compareTo(FORGET_AFTER) > 0;
    }

    /** Cut before anything else: a 2 MB "user name" costs what an 80-character one does. */
    private static String key(String username) {
        String cut = username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
        return cut.strip().toLowerCase(Locale.ROOT);
    }

    private static String pair(String account, String address) {
        return account + '\n' + address;
    }
}
