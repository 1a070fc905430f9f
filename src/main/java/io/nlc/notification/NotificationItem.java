package io.nlc.notification;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.content.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/** A notification as shown in the bell: what happened, where, when, and whether it is new. */
public sealed interface NotificationItem {

    long id();

    Instant at();

    boolean unread();

    LocalizedText city();

    /** A round moved to {@code status}, moved by {@code actor}. */
    record Step(
            long id,
            Instant at,
            boolean unread,
            LocalizedText city,
            long assessmentId,
            AssessmentStatus status,
            String actor,
            String roundLabel)
            implements NotificationItem {}

    /** An action of the city's plan is due on {@code dueDate}, or was and is still open ({@code overdue}). */
    record ActionReminder(
            long id,
            Instant at,
            boolean unread,
            LocalizedText city,
            long cityId,
            long actionId,
            String title,
            LocalDate dueDate,
            boolean overdue)
            implements NotificationItem {}
}
