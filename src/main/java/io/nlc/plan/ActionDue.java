package io.nlc.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published once per due date when an open action of a plan comes within {@link ActionPlans#DUE_SOON_DAYS} days of it
 * ({@code overdue} false) and once when the date has passed ({@code overdue} true), inside the transaction that
 * claimed the reminder.
 *
 * @param ownerUserId the team member who owns the action; null when an outside actor owns it
 */
public record ActionDue(
        long actionId,
        long cityId,
        String title,
        LocalDate dueDate,
        boolean overdue,
        @Nullable Long ownerUserId,
        Instant at) {}
