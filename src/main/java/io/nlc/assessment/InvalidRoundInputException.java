package io.nlc.assessment;

import io.nlc.kernel.InvalidInputException;

/**
 * Input about a round that cannot be saved (an answer, a workflow note, an assignment, a comment), with the field and
 * the message to show next to it.
 */
public class InvalidRoundInputException extends InvalidInputException {

    public InvalidRoundInputException(String field, String messageKey) {
        super(field, messageKey);
    }
}
