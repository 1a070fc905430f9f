package io.nlc.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the open actions that became due soon or overdue and publishes an {@link ActionDue} for each, once per due
 * date: moving the due date brings a new reminder, running again does not repeat one. A system task with no reader,
 * so no access check: it only reads plan rows and tells the notification module whom they concern.
 */
@Service
public class ActionReminders {

    private final PlanActionRepository actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionReminders(PlanActionRepository actions, ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the reminders that are due today (in Morocco) and returns how many it sent. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ActionPlans.ZONE);
        int sent = 0;
        for (PlanAction action : actions.findOpenDueBy(
                EnumSet.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                today.plusDays(ActionPlans.DUE_SOON_DAYS))) {
            LocalDate due = action.dueDate();
            if (due == null) {
                continue;
            }
            boolean overdue = due.isBefore(today);
            if (overdue ? sentFor(action.remindedOverdue(), due) : sentFor(action.remindedDueSoon(), due)) {
                continue;
            }
            int claimed = overdue
                    ? actions.claimOverdueReminder(action.id(), due)
                    : actions.claimDueSoonReminder(action.id(), due);
            if (claimed == 1) {
                events.publishEvent(new ActionDue(
                        action.id(), action.cityId(), action.title(), due, overdue, action.ownerUserId(), now));
                sent++;
            }
        }
        return sent;
    }

    private static boolean sentFor(@Nullable LocalDate reminded, LocalDate due) {
        return due.equals(reminded);
    }
}
