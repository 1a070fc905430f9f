package io.nlc.notification;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionReminders;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlannedAction;
import io.nlc.testsupport.RoundTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders of plan actions on every database (H2 and PostgreSQL subclasses): the owner is told in the app once when
 * an open action comes due soon and once when it is overdue, again after its due date moves, never for a closed
 * action, the coordinators when an outside actor owns it, and once only when two instances run the reminders at once.
 */
abstract class ActionRemindersTests extends RoundTest {

    @Autowired
    ActionPlans plans;

    @Autowired
    ActionReminders reminders;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    long member;
    LocalDate today;

    @BeforeEach
    void team() {
        signIn(world.coordinatorA1);
        member = plans.team(world.cityA1).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Africa/Casablanca"));
    }

    @Test
    void theOwnerIsToldOnceWhenAnActionIsDueSoonAndOnceWhenItIsOverdue() {
        PlannedAction soon = create("Soon", member, today.plusDays(3));
        PlannedAction late = create("Late", member, today.minusDays(2));
        create("Much later", member, today.plusDays(ActionPlans.DUE_SOON_DAYS + 1));
        create("No date", member, null);
        PlannedAction doneLate = create("Done late", member, today.minusDays(4));
        plans.changeStatus(doneLate.id(), doneLate.version(), ActionStatus.DONE, null);
        PlannedAction dropped = create("Dropped", member, today.plusDays(1));
        plans.changeStatus(dropped.id(), dropped.version(), ActionStatus.DROPPED, "Not ours");

        reminders.remind();
        reminders.remind();

        signIn(world.memberA1);
        assertThat(reminders())
                .extracting(r -> r.title() + (r.overdue() ? " overdue" : " due soon"))
                .containsExactlyInAnyOrder("Soon due soon", "Late overdue");
        NotificationItem.ActionReminder first = reminders().stream()
                .filter(r -> r.actionId() == soon.id())
                .findFirst()
                .orElseThrow();
        assertThat(first.cityId()).isEqualTo(world.cityA1);
        assertThat(first.dueDate()).isEqualTo(today.plusDays(3));
        assertThat(first.unread()).isTrue();
        assertThat(notifications.unreadCount()).isEqualTo(2);
        signIn(world.secondMemberA1);
        assertThat(notifications.recent(10)).as("not the owner").isEmpty();
        signIn(world.coordinatorA1);
        assertThat(notifications.recent(10)).as("a team member owns them").isEmpty();
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void aNewDueDateBringsANewReminderAndAnOverdueActionIsToldAgain() {
        PlannedAction action = create("Moving", member, today.plusDays(5));
        reminders.remind();
        PlannedAction current = plans.action(action.id());
        assertThat(current.version())
                .as("a reminder does not move the version an editor holds")
                .isEqualTo(action.version());
        plans.edit(action.id(), current.version(), withDue(current, today.plusDays(10)));
        reminders.remind();
        current = plans.action(action.id());
        plans.edit(action.id(), current.version(), withDue(current, today.minusDays(1)));
        reminders.remind();
        reminders.remind();

        signIn(world.memberA1);
        assertThat(reminders())
                .extracting(r -> r.dueDate().toString() + (r.overdue() ? " overdue" : ""))
                .containsExactly(
                        today.minusDays(1) + " overdue",
                        today.plusDays(10).toString(),
                        today.plusDays(5).toString());
    }

    @Test
    void whenAnOutsideActorOwnsTheActionTheCoordinatorsAreTold() {
        plans.create(
                world.cityA1,
                new ActionDraft(round, "Ask the province", "", null, "Province", null, today.minusDays(1), Set.of()));
        reminders.remind();

        assertThat(reminders())
                .extracting(NotificationItem.ActionReminder::title)
                .containsExactly("Ask the province");
        signIn(world.memberA1);
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void twoInstancesRemindingAtOnceSendOneReminder() throws Exception {
        for (int i = 0; i < 5; i++) {
            create("Shared " + i, member, today.plusDays(i));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> instance = () -> {
            start.await();
            return reminders.remind();
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = pool.invokeAll(List.of(instance, instance));
            for (Future<Integer> run : runs) {
                run.get();
            }
        }
        signIn(world.memberA1);
        assertThat(reminders())
                .extracting(NotificationItem.ActionReminder::title)
                .containsExactlyInAnyOrder("Shared 0", "Shared 1", "Shared 2", "Shared 3", "Shared 4");
    }

    private PlannedAction create(String title, long owner, @Nullable LocalDate due) {
        return plans.create(world.cityA1, new ActionDraft(round, title, "", owner, null, null, due, Set.of()));
    }

    private static ActionDraft withDue(PlannedAction action, LocalDate due) {
        ActionDraft draft = action.draft();
        return new ActionDraft(
                draft.assessmentId(),
                draft.title(),
                draft.description(),
                draft.ownerUserId(),
                draft.ownerName(),
                draft.startDate(),
                due,
                draft.targets());
    }

    /** The signed-in person's action reminders, newest first. */
    private List<NotificationItem.ActionReminder> reminders() {
        return notifications.recent(50).stream()
                .filter(NotificationItem.ActionReminder.class::isInstance)
                .map(NotificationItem.ActionReminder.class::cast)
                .toList();
    }
}
