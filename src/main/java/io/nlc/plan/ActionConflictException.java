package io.nlc.plan;

/** Someone changed the action since the reader opened it; nothing was saved, and the screen reloads it. */
public class ActionConflictException extends RuntimeException {

    ActionConflictException(long actionId) {
        super("Action " + actionId + " was changed meanwhile");
    }
}
