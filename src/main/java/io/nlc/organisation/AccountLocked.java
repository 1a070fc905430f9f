package io.nlc.organisation;

/**
 * Someone else locked {@code username} out of the sessions they have open: the account was deactivated or its
 * password reset. Published inside the change's transaction; listeners end those sessions once it commits.
 */
public record AccountLocked(String username, Reason reason) {

    public enum Reason { DEACTIVATED, PASSWORD_RESET }
}
