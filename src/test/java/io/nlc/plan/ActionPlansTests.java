package io.nlc.plan;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.NewAssessment;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Tier;
import io.nlc.kernel.InvalidInputException;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.NotVisibleException;
import io.nlc.testsupport.RoundTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The action plan on every database (H2 and PostgreSQL subclasses): its lifecycle and audit trail, filters, the
 * overdue flag, who may see and change what, and refused input that saves nothing.
 */
abstract class ActionPlansTests extends RoundTest {

    @Autowired
    ActionPlans plans;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    long member;
    long secondMember;
    String theme;
    String item;
    String otherThemeItem;
    LocalDate today;

    @BeforeEach
    void team() {
        signIn(world.coordinatorA1);
        member = idOf(world.memberA1);
        secondMember = idOf(world.secondMemberA1);
        theme = roundItems.getFirst().themeId();
        item = roundItems.getFirst().id();
        otherThemeItem = roundItems.stream()
                .filter(it -> !it.themeId().equals(theme))
                .findFirst()
                .orElseThrow()
                .id();
        today = LocalDate.ofInstant(clock.instant(), ActionPlans.ZONE);
    }

    @Test
    void anActionGoesFromPlannedToDoneWithNotesAndEveryChangeIsInTheRoundsTrail() {
        PlannedAction created = plans.create(
                world.cityA1,
                new ActionDraft(
                        round,
                        "  Name a focal person  ",
                        "From the suggested action",
                        member,
                        null,
                        today,
                        today.plusDays(30),
                        Set.of(theme, item)));
        assertThat(created.title()).isEqualTo("Name a focal person");
        assertThat(created.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(created.owner()).isEqualTo("Name of " + world.memberA1);
        assertThat(created.origin()).containsExactlyInAnyOrder(theme, item);
        assertThat(created.roundLabel()).isEqualTo("2026");
        assertThat(created.editable()).isTrue();

        PlannedAction edited = plans.edit(
                created.id(),
                created.version(),
                new ActionDraft(
                        round,
                        "Name a focal person for cooperation",
                        "",
                        null,
                        "Province",
                        today,
                        today.plusDays(60),
                        Set.of(item)));
        assertThat(edited.owner()).isEqualTo("Province");
        assertThat(edited.ownerUserId()).isNull();
        assertThat(edited.targets()).containsExactly(item);
        assertThat(edited.origin()).as("where it came from stays").containsExactlyInAnyOrder(theme, item);
        assertThatThrownBy(() -> plans.edit(created.id(), created.version(), created.draft()))
                .as("an edit from a stale version")
                .isInstanceOf(ActionConflictException.class);

        PlannedAction started = plans.changeStatus(edited.id(), edited.version(), ActionStatus.IN_PROGRESS, null);
        PlannedAction noted = plans.addNote(started.id(), "Met the governor's office");
        assertThat(noted.notes()).extracting(ProgressNote::text).containsExactly("Met the governor's office");
        assertThat(noted.notes().getFirst().author()).isEqualTo("Name of " + world.coordinatorA1);
        PlannedAction done = plans.changeStatus(noted.id(), noted.version(), ActionStatus.DONE, null);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(plans.plan(world.cityA1, PlanFilter.all()))
                .extracting(PlannedAction::id)
                .containsExactly(done.id());

        List<AuditRecord> trail = audit.entries(round, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.ACTION)
                .toList()
                .reversed();
        assertThat(trail)
                .extracting(AuditRecord::note)
                .containsExactly("CREATED", "EDITED", "STATUS", "NOTE", "STATUS");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.action()).isNotNull();
            assertThat(entry.action().actionId()).isEqualTo(created.id());
            assertThat(entry.actor()).isEqualTo("Name of " + world.coordinatorA1);
        });
        assertThat(trail.get(1).action().before()).isEqualTo("Name a focal person");
        assertThat(trail.get(1).action().after()).isEqualTo("Name a focal person for cooperation");
        assertThat(trail.get(4).action().before()).isEqualTo("IN_PROGRESS");
        assertThat(trail.get(4).action().after()).isEqualTo("DONE");
    }

    @Test
    void theCoordinatorDropsWithAReasonAndThePlanCarriesOverToTheNextRound() {
        PlannedAction action = plans.create(world.cityA1, draft("Publish the agreements", member));
        PlannedAction dropped =
                plans.changeStatus(action.id(), action.version(), ActionStatus.DROPPED, "Done by the region instead");
        assertThat(dropped.dropReason()).isEqualTo("Done by the region instead");
        List<AuditRecord> trail = audit.entries(round, AuditFilter.all());
        assertThat(trail.getFirst().action().reason()).isEqualTo("Done by the region instead");

        long next = service.start(new NewAssessment(world.cityA1, "2027", Tier.CORE, Set.of(), Map.of()));
        PlannedAction fromNext = plans.create(
                world.cityA1, new ActionDraft(next, "Second round action", "", member, null, null, null, Set.of()));
        assertThat(plans.plan(world.cityA1, PlanFilter.all()))
                .extracting(PlannedAction::roundLabel)
                .containsExactly("2026", "2027");
        assertThat(fromNext.assessmentId()).isEqualTo(next);
    }

    @Test
    void thePlanFiltersByStatusOwnerAndThemeAndCountsActionsPerGap() {
        PlannedAction onItem = plans.create(
                world.cityA1, new ActionDraft(round, "On the item", "", member, null, null, null, Set.of(item)));
        PlannedAction outside = plans.create(
                world.cityA1,
                new ActionDraft(
                        round,
                        "With the ministry",
                        "",
                        null,
                        "Ministry of the Interior",
                        null,
                        null,
                        Set.of(otherThemeItem)));
        PlannedAction dropped = plans.create(
                world.cityA1, new ActionDraft(round, "Dropped one", "", secondMember, null, null, null, Set.of(theme)));
        plans.changeStatus(dropped.id(), dropped.version(), ActionStatus.DROPPED, "No budget");

        assertThat(titles(new PlanFilter(ActionStatus.PLANNED, null, null)))
                .containsExactly("On the item", "With the ministry");
        assertThat(titles(new PlanFilter(null, String.valueOf(member), null))).containsExactly("On the item");
        assertThat(titles(new PlanFilter(null, "Ministry of the Interior", null)))
                .containsExactly("With the ministry");
        assertThat(titles(new PlanFilter(null, null, theme)))
                .as("a theme matches the actions on its items")
                .containsExactly("On the item", "Dropped one");
        assertThat(titles(new PlanFilter(null, null, item))).containsExactly("On the item");
        assertThat(plans.owners(world.cityA1)).containsKeys(String.valueOf(member), "Ministry of the Interior");

        Map<String, Integer> counts = plans.actionCounts(round);
        assertThat(counts)
                .as("dropped actions plan nothing")
                .containsEntry(theme, 1)
                .containsEntry(item, 1)
                .containsEntry(otherThemeItem, 1)
                .containsEntry(
                        roundItems.stream()
                                .filter(it -> it.id().equals(otherThemeItem))
                                .findFirst()
                                .orElseThrow()
                                .themeId(),
                        1);
        assertThat(onItem.id()).isLessThan(outside.id());
    }

    @Test
    void openActionsPastTheirDueDateAreOverdueAndComeFirstInMyActions() {
        PlannedAction late = plans.create(
                world.cityA1,
                new ActionDraft(round, "Late", "", member, null, today.minusDays(20), today.minusDays(1), Set.of()));
        PlannedAction soon = plans.create(
                world.cityA1, new ActionDraft(round, "Soon", "", member, null, null, today.plusDays(3), Set.of()));
        PlannedAction later = plans.create(
                world.cityA1, new ActionDraft(round, "Later", "", member, null, null, today.plusDays(90), Set.of()));
        PlannedAction lateButDone = plans.create(
                world.cityA1,
                new ActionDraft(round, "Late but done", "", member, null, null, today.minusDays(5), Set.of()));
        plans.changeStatus(lateButDone.id(), lateButDone.version(), ActionStatus.DONE, null);
        plans.create(
                world.cityA1,
                new ActionDraft(round, "Someone else's", "", secondMember, null, null, today.minusDays(3), Set.of()));

        assertThat(late.overdue()).isTrue();
        assertThat(soon.overdue()).isFalse();
        assertThat(soon.dueSoon()).isTrue();
        assertThat(later.dueSoon()).isFalse();
        assertThat(plans.action(lateButDone.id()).overdue())
                .as("done is never overdue")
                .isFalse();

        signIn(world.memberA1);
        assertThat(plans.myActions()).extracting(PlannedAction::title).containsExactly("Late", "Soon", "Later");
        signIn(world.advisorA);
        assertThat(plans.myActions()).isEmpty();
        assertThat(plans.hubProgress(world.hubA))
                .containsEntry(world.cityA1, new PlanProgress(5, 1, 2))
                .containsEntry(world.cityA2, PlanProgress.NONE);
    }

    @Test
    void theCityHubAndAdministratorsSeeTheCoordinatorChangesAndTheOwnerMovesTheirOwnAction() {
        PlannedAction action = plans.create(
                world.cityA1, new ActionDraft(round, "Shared action", "", member, null, null, null, Set.of(item)));

        signIn(world.memberA1);
        PlannedAction asOwner = plans.action(action.id());
        assertThat(asOwner.editable()).isFalse();
        assertThat(asOwner.progressable()).isTrue();
        PlannedAction started = plans.changeStatus(action.id(), action.version(), ActionStatus.IN_PROGRESS, null);
        PlannedAction noted = plans.addNote(action.id(), "Draft sent");
        assertThatThrownBy(() -> plans.changeStatus(action.id(), noted.version(), ActionStatus.DROPPED, "Why not"))
                .as("only the coordinator drops")
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.edit(action.id(), noted.version(), action.draft()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.create(world.cityA1, draft("By a member", member)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(started.status()).isEqualTo(ActionStatus.IN_PROGRESS);

        signIn(world.secondMemberA1);
        assertThat(plans.plan(world.cityA1, PlanFilter.all()))
                .singleElement()
                .satisfies(seen -> assertThat(seen.progressable()).isFalse());
        assertThatThrownBy(() -> plans.addNote(action.id(), "Not mine")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.changeStatus(action.id(), noted.version(), ActionStatus.DONE, null))
                .isInstanceOf(NotPermittedException.class);

        for (String reader : List.of(world.advisorA, world.admin)) {
            signIn(reader);
            assertThat(plans.plan(world.cityA1, PlanFilter.all()))
                    .singleElement()
                    .satisfies(seen -> {
                        assertThat(seen.editable()).isFalse();
                        assertThat(seen.progressable()).isFalse();
                    });
            assertThat(plans.actionCounts(round)).containsEntry(item, 1);
            assertThatThrownBy(() -> plans.addNote(action.id(), "From the hub"))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> plans.create(world.cityA1, draft("From the hub", member)))
                    .isInstanceOf(NotPermittedException.class);
        }

        for (String stranger : List.of(world.coordinatorA2, world.advisorB, world.memberB1)) {
            signIn(stranger);
            assertThatThrownBy(() -> plans.plan(world.cityA1, PlanFilter.all()))
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> plans.action(action.id())).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> plans.addNote(action.id(), "x")).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> plans.changeStatus(action.id(), noted.version(), ActionStatus.DONE, null))
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> plans.create(world.cityA1, draft("Intruder", member)))
                    .isInstanceOf(NotVisibleException.class);
        }
        signIn(world.advisorB);
        assertThatThrownBy(() -> plans.hubProgress(world.hubA)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> plans.action(Long.MAX_VALUE))
                .as("an unknown id is refused alike")
                .isInstanceOf(NotVisibleException.class);

        signIn(world.coordinatorA1);
        assertThat(plans.action(action.id()).notes())
                .extracting(ProgressNote::text)
                .containsExactly("Draft sent");
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsSaved() {
        refused(new ActionDraft(round, "  ", "", member, null, null, null, Set.of()), "title", "plan.error.title");
        refused(new ActionDraft(round, "No owner", "", null, "  ", null, null, Set.of()), "owner", "plan.error.owner");
        refused(
                new ActionDraft(round, "Stranger", "", idOfOtherCityMember(), null, null, null, Set.of()),
                "owner",
                "plan.error.owner-team");
        refused(
                new ActionDraft(round, "Backwards", "", member, null, today, today.minusDays(1), Set.of()),
                "dueDate",
                "plan.error.dates");
        refused(
                new ActionDraft(round, "Unknown item", "", member, null, null, null, Set.of("NOPE.9")),
                "targets",
                "plan.error.targets");
        refused(
                new ActionDraft(round, "x".repeat(201), "", member, null, null, null, Set.of()),
                "title",
                "plan.error.too-long");
        assertThat(plans.plan(world.cityA1, PlanFilter.all())).isEmpty();

        PlannedAction action = plans.create(world.cityA1, draft("Kept", member));
        assertThatThrownBy(() -> plans.changeStatus(action.id(), action.version(), ActionStatus.DROPPED, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("reason");
                    assertThat(refusal.messageKey()).isEqualTo("plan.error.reason");
                });
        assertThatThrownBy(() -> plans.edit(
                        action.id(),
                        action.version(),
                        new ActionDraft(round, "Kept", "", member, null, today.plusDays(5), today, Set.of())))
                .isInstanceOf(InvalidActionException.class);
        assertThatThrownBy(() -> plans.addNote(action.id(), " ")).isInstanceOf(InvalidActionException.class);
        PlannedAction after = plans.action(action.id());
        assertThat(after.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(after.startDate()).isNull();
        assertThat(after.notes()).isEmpty();
        assertThat(after.version()).isEqualTo(action.version());
        assertThat(audit.entries(round, AuditFilter.all()))
                .filteredOn(entry -> entry.kind() == AuditKind.ACTION)
                .hasSize(1);
    }

    private void refused(ActionDraft draft, String field, String key) {
        assertThatThrownBy(() -> plans.create(world.cityA1, draft))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.messageKey()).isEqualTo(key);
                });
    }

    private ActionDraft draft(String title, long owner) {
        return new ActionDraft(round, title, "", owner, null, null, null, Set.of());
    }

    private List<String> titles(PlanFilter filter) {
        return plans.plan(world.cityA1, filter).stream()
                .map(PlannedAction::title)
                .toList();
    }

    private long idOf(String username) {
        return plans.team(world.cityA1).stream()
                .filter(person -> person.displayName().equals("Name of " + username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long idOfOtherCityMember() {
        signIn(world.coordinatorA2);
        long id = plans.team(world.cityA2).getFirst().id();
        signIn(world.coordinatorA1);
        return id;
    }
}
