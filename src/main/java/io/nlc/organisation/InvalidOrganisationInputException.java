package io.nlc.organisation;

import io.nlc.kernel.InvalidInputException;

/** An account, hub or city change that cannot be made, with the field and the message to show next to it. */
public class InvalidOrganisationInputException extends InvalidInputException {

    public InvalidOrganisationInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
