package io.nlc.workshop;

import io.nlc.kernel.InvalidInputException;

/**
 * A rating, panel or agreement the workshop refuses, with the field and the message to show next to it; nothing is
 * saved. Also a rater asking for the others' ratings before giving their own (field {@code ratings}).
 */
public class InvalidRatingException extends InvalidInputException {

    InvalidRatingException(String field, String messageKey) {
        super(field, messageKey);
    }
}
