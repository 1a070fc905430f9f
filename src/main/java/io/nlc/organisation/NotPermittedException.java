package io.nlc.organisation;

/** The signed-in person may not do this: see or change a city's data, manage an account, move an action along. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
