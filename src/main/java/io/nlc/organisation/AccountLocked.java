package io.nlc.organisation;

/**
 * {@code username}'s open sessions must end: someone else deactivated the account or reset its password or second
 * factor, or its
 * owner changed the password ({@link Reason#PASSWORD_CHANGED}: then only the session they changed it in stays).
 * Published inside the change's transaction; listeners end those sessions once it commits.
 */
public record AccountLocked(String username, Reason reason) {

    public enum Reason {
        DEACTIVATED,
        PASSWORD_RESET,
        PASSWORD_CHANGED,
        SECOND_FACTOR_RESET;

        /** Whether the session that made the change stays open (its owner is the one who changed the password). */
        public boolean keepsCurrentSession() {
            return this == PASSWORD_CHANGED;
        }
    }
}
