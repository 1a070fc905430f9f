package io.nlc.organisation;

/** An account change that cannot be made; {@code messageKey} is the translation shown next to the field. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountException(String field, String messageKey) {
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
