package io.nlc.organisation;

import java.time.Instant;

/**
 * An administrator removed a person's second factor (a lost phone): published inside the change's transaction, so
 * the audit trail records it with the change.
 */
public record SecondFactorReset(long userId, long actorId, Instant at) {}
