package io.nlc.plan;

/** Where an action stands. Planned and in progress are open: only they can be overdue. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
