package io.nlc.kernel;

/**
 * Input a service refuses; {@code field} names the form field and {@code messageKey} is the translation shown next
 * to it. Each module has its own subclass, so screens catch only what their services throw.
 */
public abstract class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    protected InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names, in the order of its placeholders ({0}, {1}...). */
    public Object[] arguments() {
        return arguments.clone();
    }
}
