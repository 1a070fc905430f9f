package io.nlc.api;

import io.nlc.kernel.InvalidInputException;

/** A client name or hub the administrators' screen shows next to its field. */
public class InvalidApiClientException extends InvalidInputException {

    InvalidApiClientException(String field, String messageKey) {
        super(field, messageKey);
    }
}
