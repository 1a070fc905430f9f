package io.nlc.assessment;

import io.nlc.kernel.InvalidInputException;

/** An answer or round setting that cannot be saved, with the field and the message to show next to it. */
public class InvalidAnswerException extends InvalidInputException {

    public InvalidAnswerException(String field, String messageKey) {
        super(field, messageKey);
    }
}
