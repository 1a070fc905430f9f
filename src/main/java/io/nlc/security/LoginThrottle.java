package io.nlc.security;

import io.nlc.security.SignInAttempts.Count;
import io.nlc.security.SignInAttempts.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
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
 * account exists. User names are cut to {@link #MAX_USERNAME} characters and addresses to {@link #MAX_ADDRESS} before
 * they are counted (no account has a longer name), and a count untouched for an hour is forgotten.
 * <p>The counts are in the database ({@link SignInAttempts}), shared by every app instance. Behind a reverse proxy
 * the address must be the person's: see the README.
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
    /** The longest user name an account can have ({@code UserAdministration}). */
    static final int MAX_USERNAME = 80;
    /** Longer than any IPv6 address with its zone. */
    static final int MAX_ADDRESS = 64;

    private final SignInAttempts counts;
    private final Clock clock;

    LoginThrottle(Clock clock, SignInAttempts counts) {
        this.clock = clock;
        this.counts = counts;
    }

    /** How long the next attempt for this user name from this address must still wait; zero when it may go. */
    Duration waitBeforeNextAttempt(String username, String address) {
        Keys keys = Keys.of(username, address);
        return wait(keys, counts.read(keys.all()), clock.instant());
    }

    /**
     * Lets one attempt through and counts it, or returns how long it must wait. Check and count hold the counts'
     * rows locked, so that of many simultaneous requests, on any instance, only those the counts allow go through.
     */
    Duration tryAttempt(String username, String address) {
        Keys keys = Keys.of(username, address);
        Instant now = clock.instant();
        return counts.update(keys.all(), now, current -> {
            Duration wait = wait(keys, current, now);
            Map<String, Count> counted = new HashMap<>();
            if (wait.isZero()) {
                for (String key : keys.all()) {
                    Count old = current.get(key);
                    counted.put(
                            key,
                            old == null || expired(old, now) ? new Count(1, now) : new Count(old.attempts() + 1, now));
                }
            }
            return new Decision<>(wait, counted);
        });
    }

    /**
     * A wait as the whole minutes a person is told to wait (at least one, at most {@link #MAX_WAIT}): the sign-in page
     * says "wait 3 minutes", not "wait 142 seconds".
     */
    static int minutesToTell(Duration wait) {
        long minutes = wait.plusSeconds(59).toMinutes();
        return (int) Math.clamp(minutes, 1, MAX_WAIT.toMinutes());
    }

    /** The attempt was right: the name starts afresh and the address gets its attempt back. */
    void succeeded(String username, String address) {
        Keys keys = Keys.of(username, address);
        counts.forget(keys.accountAndAddress());
        counts.forget(keys.account());
        counts.giveBack(keys.address());
    }

    /** Counts untouched for longer than {@link #FORGET_AFTER} would let their keys go anyway: delete them. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldCounts() {
        counts.forgetUntouchedSince(clock.instant().minus(FORGET_AFTER));
    }

    private static Duration wait(Keys keys, Map<String, Count> current, Instant now) {
        return max(
                max(
                        wait(
                                current.get(keys.accountAndAddress()),
                                FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS,
                                MAX_WAIT,
                                now),
                        wait(current.get(keys.account()), FREE_FAILURES_PER_ACCOUNT, MAX_ACCOUNT_WAIT, now)),
                wait(current.get(keys.address()), FREE_FAILURES_PER_ADDRESS, MAX_WAIT, now));
    }

    private static Duration wait(@Nullable Count count, int free, Duration maxWait, Instant now) {
        if (count == null || count.attempts() < free || expired(count, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count.attempts() - free, 20);
        Duration backOff = Duration.ofSeconds(1L << doublings);
        Duration wait = (backOff.compareTo(maxWait) > 0 ? maxWait : backOff).minus(Duration.between(count.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static boolean expired(Count count, Instant now) {
        return Duration.between(count.last(), now).compareTo(FORGET_AFTER) > 0;
    }

    /**
     * The three keys an attempt is counted under. Cut before anything else: a 2 MB "user name" costs what an
     * 80-character one does.
     */
    private record Keys(String account, String address, String accountAndAddress) {

        static Keys of(String username, String address) {
            String name = cut(username, MAX_USERNAME).strip().toLowerCase(Locale.ROOT);
            String place = cut(address, MAX_ADDRESS);
            return new Keys("name:" + name, "address:" + place, "both:" + name + '\n' + place);
        }

        List<String> all() {
            return List.of(accountAndAddress, account, address);
        }

        private static String cut(String text, int max) {
            return text.length() > max ? text.substring(0, max) : text;
        }
    }
}
