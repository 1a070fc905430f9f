package io.nlc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions on every app instance, not only the one that made the change: each session notes when its
 * person signed in, and the database keeps, per person, the moment before which their sessions are over
 * ({@code session_cutoff}). {@link SessionLifetimeFilter} ends a session signed in before its person's cutoff at its
 * next request. Each instance rereads a person's cutoff at most every {@link #RECHECK}, so a deactivation made on
 * another instance ends a session within that time; on the instance that made it, {@link OpenSessions} ends it at
 * once.
 */
@Component
class SessionCutoffs {

    /** The session attribute holding when its person signed in, in epoch milliseconds. */
    static final String SIGNED_IN_AT = "nlc.session.signed-in-at";

    static final Duration RECHECK = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Cache<String, Optional<Instant>> known =
            Caffeine.newBuilder().expireAfterWrite(RECHECK).maximumSize(10_000).build();

    SessionCutoffs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Called after the change that asks for it has committed: a transaction of its own.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The moment to use as a cutoff: now, to the millisecond the database and the session both keep. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Every session of {@code username} signed in before {@code cutoff} ends, on whichever instance it is. */
    void endSessionsSignedInBefore(String username, Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        try {
            write(username, at);
        } catch (DuplicateKeyException insertedMeanwhile) {
            write(username, at);
        }
        known.invalidate(username);
    }

    private void write(String username, Timestamp at) {
        ownTransaction.executeWithoutResult(status -> {
            int updated = jdbc.sql("update session_cutoff set ended_before = ? where username = ?")
                    .params(at, username)
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into session_cutoff (username, ended_before) values (?, ?)")
                        .params(username, at)
                        .update();
            }
        });
    }

    /** Whether a session of {@code username} that signed in at {@code signedInAt} is over. */
    boolean ended(String username, Instant signedInAt) {
        Optional<Instant> cutoff = known.get(username, this::read);
        return cutoff.isPresent() && signedInAt.isBefore(cutoff.get());
    }

    private Optional<Instant> read(String username) {
        return jdbc.sql("select ended_before from session_cutoff where username = ?")
                .param(username)
                .query((row, index) -> row.getTimestamp(1).toInstant())
                .optional();
    }

    /** Notes the sign-in time in the session the person just signed in with. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                stamp(session, now());
            }
        }
    }

    static void stamp(HttpSession session, Instant signedInAt) {
        session.setAttribute(SIGNED_IN_AT, signedInAt.toEpochMilli());
    }
}
