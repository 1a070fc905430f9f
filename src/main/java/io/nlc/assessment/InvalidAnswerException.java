package io.nlc.assessment;

/** An answer field that cannot be saved; {@code messageKey} is the translation key shown next to the field. */
public class InvalidAnswerException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidAnswerException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
