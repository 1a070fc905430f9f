package io.nlc.plan;

import io.nlc.kernel.InvalidInputException;

/** An action, status change or note that cannot be saved, with the field and the message to show next to it. */
public class InvalidActionException extends InvalidInputException {

    InvalidActionException(String field, String messageKey) {
        super(field, messageKey);
    }
}
