package io.nlc.assessment;

/** A workflow step that is not allowed from the assessment's current status; {@code messageKey} explains why. */
public class IllegalTransitionException extends RuntimeException {

    private final String messageKey;

    public IllegalTransitionException(AssessmentStatus from, String step, String messageKey) {
        super("Cannot " + step + " an assessment that is " + from);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
