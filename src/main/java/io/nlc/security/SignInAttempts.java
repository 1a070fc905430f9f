package io.nlc.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttle's counts, in the database so that every app instance behind a proxy counts the same attempts: a
 * guesser whose requests the proxy spreads over two instances gets no more tries than against one. Counting is
 * check-and-count under row locks, so simultaneous attempts, on one instance or several, cannot slip past.
 */
@Component
class SignInAttempts {

    /** The attempts counted under one key, and when the last one was. */
    record Count(int attempts, Instant last) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SignInAttempts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // Its own transaction, whatever the caller runs in: a count must hold even if the sign-in then fails.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the keys' rows (creating missing ones at zero), hands their counts to {@code decide}, and stores the
     * counts it returns for the keys it returns them for, all in one transaction. Keys are locked in sorted order, so
     * two instances never wait on each other in a cycle.
     */
    <T> T update(List<String> keys, Instant now, Function<Map<String, Count>, Decision<T>> decide) {
        List<String> sorted = keys.stream().distinct().sorted().toList();
        for (String key : sorted) {
            createIfMissing(key, now);
        }
        return ownTransaction.execute(status -> {
            Map<String, Count> counts = new HashMap<>();
            for (String key : sorted) {
                jdbc.sql("select attempts, last_attempt from sign_in_attempts where counter_key = ? for update")
                        .param(key)
                        .query((row, index) ->
                                new Count(row.getInt(1), row.getTimestamp(2).toInstant()))
                        .optional()
                        .ifPresent(count -> counts.put(key, count));
            }
            Decision<T> decision = decide.apply(counts);
            decision.counts()
                    .forEach((key, count) -> jdbc.sql(
                                    "update sign_in_attempts set attempts = ?, last_attempt = ? where counter_key = ?")
                            .params(count.attempts(), Timestamp.from(count.last()), key)
                            .update());
            return decision.result();
        });
    }

    /** What {@link #update} returns, and the counts to store for it. */
    record Decision<T>(T result, Map<String, Count> counts) {}

    /** The counts as they are, without locking: for telling a person how long to wait. */
    Map<String, Count> read(List<String> keys) {
        Map<String, Count> counts = new HashMap<>();
        for (String key : keys) {
            jdbc.sql("select attempts, last_attempt from sign_in_attempts where counter_key = ?")
                    .param(key)
                    .query((row, index) ->
                            new Count(row.getInt(1), row.getTimestamp(2).toInstant()))
                    .optional()
                    .ifPresent(count -> counts.put(key, count));
        }
        return counts;
    }

    void forget(String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from sign_in_attempts where counter_key = ?")
                .param(key)
                .update());
    }

    /** One attempt fewer under the key, or none left. */
    void giveBack(String key) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from sign_in_attempts where counter_key = ? and attempts <= 1")
                    .param(key)
                    .update();
            jdbc.sql("update sign_in_attempts set attempts = attempts - 1 where counter_key = ?")
                    .param(key)
                    .update();
        });
    }

    /** Forgets every key untouched since {@code before}; returns how many. */
    int forgetUntouchedSince(Instant before) {
        return ownTransaction.execute(status -> jdbc.sql("delete from sign_in_attempts where last_attempt < ?")
                .param(Timestamp.from(before))
                .update());
    }

    private void createIfMissing(String key, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into sign_in_attempts (counter_key, attempts, last_attempt) select ?, 0, ? "
                                    + "where not exists (select 1 from sign_in_attempts where counter_key = ?)")
                    .params(key, Timestamp.from(now), key)
                    .update());
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another attempt created it between our check and insert: it is there, which is all we need.
        }
    }
}
