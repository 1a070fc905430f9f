package io.nlc.organisation;

/**
 * The id names no city or hub the signed-in user may see: it may not exist, or belong to someone else. Both cases
 * raise this one exception and are shown the same not-found page, so that ids tell nobody what exists.
 */
public class NotVisibleException extends NotPermittedException {

    public NotVisibleException(String message) {
        super(message);
    }
}
