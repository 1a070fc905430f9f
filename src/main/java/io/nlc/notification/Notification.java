package io.nlc.notification;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.content.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind = NotificationKind.STEP;

    // A workflow step: the round, its new status and who moved it.
    private @Nullable Long assessmentId;

    @Enumerated(EnumType.STRING)
    private @Nullable AssessmentStatus status;

    private @Nullable String actorName;
    private @Nullable String roundLabel;

    // A reminder: the action of the city's plan and the due date it was sent for.
    private @Nullable Long cityId;
    private @Nullable Long actionId;
    private @Nullable String actionTitle;
    private @Nullable LocalDate dueDate;

    private String cityNameEn;
    private String cityNameFr;
    private String cityNameAr;
    private Instant createdAt;
    private @Nullable Instant readAt;

    protected Notification() {
        this(0, new LocalizedText("", "", ""), Instant.EPOCH);
    }

    private Notification(long userId, LocalizedText city, Instant createdAt) {
        this.userId = userId;
        this.cityNameEn = city.en();
        this.cityNameFr = city.fr();
        this.cityNameAr = city.ar();
        this.createdAt = createdAt;
    }

    /** A round moved to {@code status}. */
    static Notification step(
            long userId,
            long assessmentId,
            AssessmentStatus status,
            String actorName,
            LocalizedText city,
            String roundLabel,
            Instant createdAt) {
        Notification step = new Notification(userId, city, createdAt);
        step.assessmentId = assessmentId;
        step.status = status;
        step.actorName = actorName;
        step.roundLabel = roundLabel;
        return step;
    }

    /** An action of the city's plan is due soon or overdue. */
    static Notification reminder(
            long userId,
            LocalizedText city,
            long cityId,
            long actionId,
            String actionTitle,
            LocalDate dueDate,
            boolean overdue,
            Instant createdAt) {
        Notification reminder = new Notification(userId, city, createdAt);
        reminder.kind = overdue ? NotificationKind.ACTION_OVERDUE : NotificationKind.ACTION_DUE_SOON;
        reminder.cityId = cityId;
        reminder.actionId = actionId;
        reminder.actionTitle = actionTitle;
        reminder.dueDate = dueDate;
        return reminder;
    }

    long userId() {
        return userId;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** The notification as shown; unread only if not read and created after {@code newSince}. */
    NotificationItem view(Instant newSince) {
        long key = id == null ? 0 : id;
        LocalizedText city = new LocalizedText(cityNameEn, cityNameFr, cityNameAr);
        boolean unread = readAt == null && createdAt.isAfter(newSince);
        if (kind == NotificationKind.STEP) {
            return new NotificationItem.Step(
                    key,
                    createdAt,
                    unread,
                    city,
                    nonNull(assessmentId),
                    nonNull(status),
                    nonNull(actorName),
                    nonNull(roundLabel));
        }
        return new NotificationItem.ActionReminder(
                key,
                createdAt,
                unread,
                city,
                nonNull(cityId),
                nonNull(actionId),
                nonNull(actionTitle),
                nonNull(dueDate),
                kind == NotificationKind.ACTION_OVERDUE);
    }

    /** The columns of each kind are never null (a check constraint says so). */
    private static <T> T nonNull(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("notification row without the columns of its kind");
        }
        return value;
    }
}
