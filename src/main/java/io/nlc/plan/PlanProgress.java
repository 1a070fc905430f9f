package io.nlc.plan;

/** How far a city's plan has come, for the hub portfolio: actions in all, done, open and overdue. */
public record PlanProgress(int actions, int done, int overdue) {

    public static final PlanProgress NONE = new PlanProgress(0, 0, 0);
}
