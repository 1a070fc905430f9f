package io.nlc.assessment;

import static io.nlc.assessment.AssessmentStatus.DRAFT;
import static io.nlc.assessment.AssessmentStatus.IN_REVIEW;
import static io.nlc.assessment.AssessmentStatus.RETURNED;
import static io.nlc.assessment.AssessmentStatus.SUBMITTED;
import static io.nlc.assessment.AssessmentStatus.VALIDATED;
import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assignment.AssignedItem;
import io.nlc.assignment.Assignments;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.notification.NotificationItem;
import io.nlc.notification.Notifications;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.Organisation;
import io.nlc.results.AssessmentResults;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.RoundTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The city team rates blind on every path: until its round is first submitted, its members and coordinators see no
 * national rating, neither in the results and the questionnaire, nor in the history of the round or of an item (or
 * the people its person filter offers), nor in the bell or "My items". From submission on, returned rounds included,
 * they see them; advisors, administrators and focal points always do. Each path is checked as every one of these
 * people at every step of the workflow, on H2 and PostgreSQL.
 */
abstract class BlindRatingTests extends RoundTest {

    static final String FOCAL_COMMENT = "focal-wrote-this";

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    Assignments assignments;

    @Autowired
    AuditTrail audit;

    @Autowired
    Notifications notifications;

    @Autowired
    Organisation organisation;

    /** Rated by the city and nationally, differently. */
    Item both;
    /** Rated nationally only. */
    Item nationalOnly;

    long focalId;
    String focalName;
    /** Who is checking at which step, for the assertion messages; and the step. */
    String who = "";

    AssessmentStatus step = DRAFT;
    /** National saves so far: each step of the workflow adds one, so ratings made at any time are covered. */
    int nationalSaves;

    @BeforeEach
    void bothSidesRate() {
        both = roundItems.get(0);
        nationalOnly = roundItems.get(1);
        signIn(world.memberA1);
        service.save(round, both.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        signIn(world.nationalA1B1);
        focalId = organisation.currentUser().id();
        focalName = organisation.currentUser().displayName();
        rateNationally(both, 3);
        rateNationally(nationalOnly, 4);
    }

    @Test
    void historyOfTheAssessment() {
        checkAtEveryStep((user, sees) -> {
            List<AuditRecord> trail = audit.entries(round, AuditFilter.all());
            assertThat(trail)
                    .as(who)
                    .anyMatch(entry -> entry.kind() == AuditKind.ANSWER
                            && both.id().equals(entry.itemId())
                            && entry.note() == null);
            if (sees) {
                assertThat(national(trail))
                        .as(who)
                        .hasSize(nationalSaves)
                        .allMatch(entry ->
                                entry.actorId() == focalId && entry.actor().equals(focalName))
                        .anyMatch(
                                entry -> FOCAL_COMMENT.equals(entry.newAnswer().comment()));
            } else {
                assertBlind(trail);
            }
        });
    }

    @Test
    void historyOfAnItem() {
        checkAtEveryStep((user, sees) -> {
            List<AuditRecord> item = audit.entries(round, new AuditFilter(null, both.id(), null, null));
            List<AuditRecord> nationalItem = audit.entries(round, new AuditFilter(null, nationalOnly.id(), null, null));
            // Asking for the focal point's changes by id, as a crafted request could, is blind as well.
            List<AuditRecord> byFocalPoint = audit.entries(round, new AuditFilter(focalId, null, null, null));
            assertThat(item).as(who).anyMatch(entry -> entry.kind() == AuditKind.ANSWER && entry.note() == null);
            if (sees) {
                assertThat(national(item))
                        .as(who)
                        .isNotEmpty()
                        .anyMatch(
                                entry -> FOCAL_COMMENT.equals(entry.newAnswer().comment()));
                assertThat(national(nationalItem)).as(who).isNotEmpty();
                assertThat(byFocalPoint).as(who).hasSize(nationalSaves);
            } else {
                assertBlind(item);
                assertThat(nationalItem).as(who).isEmpty();
                assertThat(byFocalPoint).as(who).isEmpty();
            }
        });
    }

    @Test
    void peopleOfferedByTheHistoryPersonFilter() {
        checkAtEveryStep((user, sees) -> {
            Map<Long, String> actors = audit.actors(round);
            assertThat(actors).as(who).containsValue("Name of " + world.memberA1);
            if (sees) {
                assertThat(actors).as(who).containsEntry(focalId, focalName);
            } else {
                assertThat(actors).as(who).doesNotContainKey(focalId).doesNotContainValue(focalName);
            }
        });
    }

    @Test
    void notificationsInTheBell() {
        // Newest first, after each step: national ratings notify nobody, so the bell holds workflow steps only.
        Map<String, Map<AssessmentStatus, List<AssessmentStatus>>> expected = Map.of(
                world.memberA1,
                        Map.of(
                                DRAFT,
                                List.of(),
                                SUBMITTED,
                                List.of(),
                                IN_REVIEW,
                                List.of(),
                                RETURNED,
                                List.of(RETURNED),
                                VALIDATED,
                                List.of(VALIDATED, RETURNED)),
                world.coordinatorA1,
                        Map.of(
                                DRAFT,
                                List.of(),
                                SUBMITTED,
                                List.of(),
                                IN_REVIEW,
                                List.of(IN_REVIEW),
                                RETURNED,
                                List.of(RETURNED, IN_REVIEW),
                                VALIDATED,
                                List.of(VALIDATED, IN_REVIEW, RETURNED, IN_REVIEW)),
                world.advisorA,
                        Map.of(
                                DRAFT,
                                List.of(),
                                SUBMITTED,
                                List.of(SUBMITTED),
                                IN_REVIEW,
                                List.of(SUBMITTED),
                                RETURNED,
                                List.of(SUBMITTED),
                                VALIDATED,
                                List.of(SUBMITTED, SUBMITTED)),
                world.admin,
                        Map.of(
                                DRAFT, List.of(), SUBMITTED, List.of(), IN_REVIEW, List.of(), RETURNED, List.of(),
                                VALIDATED, List.of()),
                world.nationalA1B1,
                        Map.of(
                                DRAFT,
                                List.of(),
                                SUBMITTED,
                                List.of(SUBMITTED),
                                IN_REVIEW,
                                List.of(SUBMITTED),
                                RETURNED,
                                List.of(SUBMITTED),
                                VALIDATED,
                                List.of(VALIDATED, SUBMITTED, SUBMITTED)));
        checkAtEveryStep((user, sees) -> {
            List<NotificationItem> bell = notifications.recent(50);
            List<NotificationItem.Step> steps =
                    bell.stream().map(NotificationItem.Step.class::cast).toList();
            assertThat(steps).as(who).noneMatch(note -> note.actor().equals(focalName));
            assertThat(steps)
                    .as(who)
                    .extracting(NotificationItem.Step::status)
                    .containsExactlyElementsOf(expected.get(user).get(step));
            assertThat(notifications.unreadCount()).as(who).isEqualTo(bell.size());
        });
    }

    @Test
    void myItems() {
        signIn(world.coordinatorA1);
        long member = assignments.team(round).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        long coordinator = organisation.currentUser().id();
        assignments.assign(round, both.themeId(), member);
        assignments.assign(round, nationalOnly.id(), coordinator);
        checkAtEveryStep((user, sees) -> {
            List<AssignedItem> mine = assignments.myItems(false);
            // Only the city's own answers, whoever looks and whenever: a national rating never answers an item.
            assertThat(mine).as(who).noneMatch(row -> focalName.equals(row.updatedBy()));
            if (user.equals(world.memberA1)) {
                assertThat(mine)
                        .as(who)
                        .filteredOn(row -> row.item().id().equals(both.id()))
                        .singleElement()
                        .satisfies(row -> {
                            assertThat(row.level()).isEqualTo(1);
                            assertThat(row.updatedBy()).isEqualTo("Name of " + world.memberA1);
                        });
                assertThat(mine).as(who).extracting(row -> row.item().id()).doesNotContain(nationalOnly.id());
            } else if (user.equals(world.coordinatorA1)) {
                assertThat(mine).as(who).singleElement().satisfies(row -> {
                    assertThat(row.item().id()).isEqualTo(nationalOnly.id());
                    assertThat(row.state()).isEqualTo(AnswerState.UNANSWERED);
                    assertThat(row.level()).isNull();
                    assertThat(row.updatedBy()).isNull();
                    assertThat(row.updatedAt()).isNull();
                    assertThat(row.open()).isTrue();
                });
            } else {
                assertThat(mine).as(who + " answers for no city").isEmpty();
            }
        });
    }

    @Test
    void results() {
        checkAtEveryStep((user, sees) -> {
            AssessmentResults results = resultsService.results(round);
            assertThat(results.nationalHidden()).as(who).isEqualTo(!sees);
            if (sees) {
                assertThat(results.national()).as(who).isNotNull();
                assertThat(results.national().nationalScore().answered())
                        .as(who)
                        .isEqualTo(2);
                assertThat(results.national().divergences())
                        .as(who)
                        .singleElement()
                        .satisfies(divergence -> assertThat(divergence.itemId()).isEqualTo(both.id()));
            } else {
                assertThat(results.national()).as(who).isNull();
            }
            assertThat(results.score().answered())
                    .as(who + ": the city's own score")
                    .isEqualTo(1);
        });
    }

    @Test
    void questionnaire() {
        checkAtEveryStep((user, sees) -> {
            AssessmentOverview overview = service.overview(round);
            Map<String, SavedAnswer> own = service.answers(round, overview.perspective());
            if (user.equals(world.nationalA1B1)) {
                assertThat(overview.perspective()).isEqualTo(Perspective.NATIONAL);
                assertThat(own).containsOnlyKeys(both.id(), nationalOnly.id());
            } else {
                assertThat(overview.perspective()).as(who).isEqualTo(Perspective.LOCAL);
                assertThat(own).as(who).containsOnlyKeys(both.id());
                assertThat(own.get(both.id()).draft().level()).as(who).isEqualTo(1);
                assertThat(own.get(both.id()).draft().comment()).as(who).isEmpty();
            }
            if (sees) {
                assertThat(service.answers(round, Perspective.NATIONAL))
                        .as(who)
                        .containsOnlyKeys(both.id(), nationalOnly.id());
            } else {
                assertThatThrownBy(() -> service.answers(round, Perspective.NATIONAL))
                        .as(who)
                        .isInstanceOf(NotPermittedException.class);
            }
        });
    }

    /** What one person may see at one step; {@code sees} says whether national ratings must show. */
    @FunctionalInterface
    interface Check {
        void check(String user, boolean sees);
    }

    /**
     * Runs the check as the city's member and coordinator (blind in the draft, seeing from the first submission on,
     * also when the round is returned and editable again), and as the hub's advisor, an administrator and the focal
     * point (always seeing), in the draft and after each later step; the focal point rates again at every step.
     */
    private void checkAtEveryStep(Check check) {
        checkAsEveryone(check, false);
        signIn(world.coordinatorA1);
        workflow.submit(round, "first pass");
        checkAsEveryone(check, true);
        signIn(world.advisorA);
        workflow.startReview(round);
        checkAsEveryone(check, true);
        signIn(world.advisorA);
        workflow.returnToCity(round, "compare with the national view");
        checkAsEveryone(check, true);
        signIn(world.coordinatorA1);
        workflow.submit(round, "second pass");
        signIn(world.advisorA);
        workflow.startReview(round);
        workflow.validate(round, "fine");
        checkAsEveryone(check, true);
    }

    private void checkAsEveryone(Check check, boolean citySees) {
        signIn(world.nationalA1B1);
        rateNationally(nationalOnly, nationalSaves % 5);
        step = service.overview(round).status();
        for (String user : List.of(world.memberA1, world.coordinatorA1)) {
            signIn(user);
            who = user + " (city team, " + step + ")";
            check.check(user, citySees);
        }
        for (String user : List.of(world.advisorA, world.admin, world.nationalA1B1)) {
            signIn(user);
            who = user + " (" + step + ")";
            check.check(user, true);
        }
    }

    private void rateNationally(Item item, int level) {
        signIn(world.nationalA1B1);
        long version = service.answers(round, Perspective.NATIONAL)
                .getOrDefault(item.id(), SavedAnswer.unanswered(item.id()))
                .version();
        AnswerDraft draft = AnswerDraft.empty().withLevel(level);
        service.save(round, item.id(), item == both ? draft.withComment(FOCAL_COMMENT) : draft, version);
        nationalSaves++;
    }

    private void assertBlind(List<AuditRecord> trail) {
        assertThat(national(trail)).as(who).isEmpty();
        assertThat(trail)
                .as(who)
                .noneMatch(entry -> entry.actorId() == focalId || entry.actor().equals(focalName));
    }

    private static List<AuditRecord> national(List<AuditRecord> trail) {
        return trail.stream()
                .filter(entry -> entry.kind() == AuditKind.ANSWER
                        && Perspective.NATIONAL.name().equals(entry.note()))
                .toList();
    }
}
