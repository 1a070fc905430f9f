package io.nlc.assessment;

/** Someone else saved the same answer since it was loaded; carries their value so the user can choose. */
public class AnswerConflictException extends RuntimeException {

    private final SavedAnswer current;

    public AnswerConflictException(SavedAnswer current) {
        super("Answer " + current.itemId() + " was changed by " + current.updatedBy());
        this.current = current;
    }

    public SavedAnswer current() {
        return current;
    }
}
