package io.nlc.notification;

import io.nlc.assessment.AssessmentChanged;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.Organisation;
import io.nlc.plan.ActionDue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the owners of plan actions when these are due soon or overdue (see {@link ActionDue}), and the people
 * concerned about each workflow step: advisors when a round is submitted, the coordinator when it
 * is taken up for review, the whole city team when it is returned or validated, the city's national focal points
 * when it is submitted or validated. Never the person who acted. Only workflow steps notify: a national rating
 * notifies nobody, so the bell never tells the city team about one (a notification that did would have to ask
 * {@code AssessmentService.nationalVisible} for each recipient, as the blind rating requires).
 */
@Service
@Transactional
public class Notifications {

    /**
     * How long an unread notification stays new in the bell: a step or reminder older than this is history, whether
     * or not the person followed it (someone back after months, or the demo's past rounds, are not shown a pile of
     * stale "New" events).
     */
    public static final Duration NEW_FOR = Duration.ofDays(30);

    private final NotificationRepository notifications;
    private final Organisation organisation;
    private final Directory directory;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Organisation organisation, Directory directory, Clock clock) {
        this.notifications = notifications;
        this.organisation = organisation;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(AssessmentChanged.StatusChanged step) {
        if (step.after() == AssessmentStatus.DRAFT) {
            return;
        }
        Set<Long> recipients = new LinkedHashSet<>(
                switch (step.after()) {
                    case SUBMITTED -> directory.advisorsOf(step.cityId());
                    case IN_REVIEW -> directory.coordinatorsOf(step.cityId());
                    case RETURNED, VALIDATED -> directory.teamOf(step.cityId());
                    case DRAFT -> List.<Long>of();
                });
        // The city's national focal points learn when its own view is ready to compare with theirs.
        if (step.after() == AssessmentStatus.SUBMITTED || step.after() == AssessmentStatus.VALIDATED) {
            recipients.addAll(directory.focalPointsOf(step.cityId()));
        }
        recipients.remove(step.actorId());
        Optional<CityRef> city = directory.city(step.cityId());
        if (city.isEmpty()) {
            return;
        }
        String actor = directory.displayName(step.actorId());
        for (long user : recipients) {
            notifications.save(Notification.step(
                    user, step.assessmentId(), step.after(), actor, city.get().name(), step.roundLabel(), step.at()));
        }
    }

    /**
     * Tells the team member who owns an action that it is due soon or overdue; when an outside actor owns it, the
     * city's coordinators, who follow it up with them.
     */
    @EventListener
    void on(ActionDue due) {
        Optional<CityRef> city = directory.city(due.cityId());
        if (city.isEmpty()) {
            return;
        }
        Long owner = due.ownerUserId();
        List<Long> recipients = owner != null ? List.of(owner) : directory.coordinatorsOf(due.cityId());
        for (long user : recipients) {
            notifications.save(Notification.reminder(
                    user,
                    city.get().name(),
                    due.cityId(),
                    due.actionId(),
                    due.title(),
                    due.dueDate(),
                    due.overdue(),
                    due.at()));
        }
    }

    /** The signed-in user's notifications that are new: not read, and less than {@link #NEW_FOR} old. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNullAndCreatedAtAfter(me().id(), newSince());
    }

    /** The signed-in user's newest notifications, read or not; unread ones older than {@link #NEW_FOR} are not new. */
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        Instant newSince = newSince();
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(me().id(), PageRequest.of(0, limit)).stream()
                .map(notification -> notification.view(newSince))
                .toList();
    }

    /** Older notifications are news no more, read or not (a round validated a year ago is not "New"). */
    private Instant newSince() {
        return clock.instant().minus(NEW_FOR);
    }

    /** Marks one of the signed-in user's notifications read; someone else's id changes nothing. */
    public void markRead(long notificationId) {
        notifications
                .findById(notificationId)
                .filter(notification -> notification.userId() == me().id())
                .ifPresent(notification -> notification.markRead(clock.instant()));
    }

    public void markAllRead() {
        notifications.findByUserIdAndReadAtIsNull(me().id()).forEach(n -> n.markRead(clock.instant()));
    }

    private CurrentUser me() {
        return organisation.currentUser();
    }
}
