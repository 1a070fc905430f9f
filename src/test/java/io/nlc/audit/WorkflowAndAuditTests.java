package io.nlc.audit;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.IllegalTransitionException;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.FrameworkCatalog;
import io.nlc.notification.NotificationItem;
import io.nlc.organisation.NotPermittedException;
import io.nlc.testsupport.RoundTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review workflow and the audit trail it leaves, on every database (H2 and PostgreSQL subclasses). */
abstract class WorkflowAndAuditTests extends RoundTest {

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    AuditTrail audit;

    @Autowired
    io.nlc.notification.Notifications notifications;

    @Autowired
    io.nlc.discussion.Discussions comments;

    @Autowired
    FrameworkCatalog catalog;

    @Test
    void theFullLoopSubmitReturnResubmitValidateKeepsWhoWhenAndWhy() {
        signIn(world.memberA1);
        SavedAnswer first = service.save(
                round, roundItems.getFirst().id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);

        signIn(world.coordinatorA1);
        assertThatThrownBy(() -> workflow.submit(round, " "))
                .isInstanceOfSatisfying(
                        InvalidRoundInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.error.reason-required"));
        workflow.submit(round, "Workshop covered mandate only");
        assertThat(service.overview(round).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(service.overview(round).canAnswer()).isFalse();

        signIn(world.memberA1);
        assertThatThrownBy(() -> service.save(
                        round, roundItems.getFirst().id(), AnswerDraft.empty().withLevel(2), first.version()))
                .isInstanceOf(AssessmentNotEditableException.class);

        signIn(world.advisorA);
        workflow.startReview(round);
        assertThatThrownBy(() -> workflow.returnToCity(round, ""))
                .isInstanceOfSatisfying(
                        InvalidRoundInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.error.comment-required"));
        workflow.returnToCity(round, "Please add the council decision as evidence");
        assertThat(service.overview(round).lastStep().note()).isEqualTo("Please add the council decision as evidence");
        assertThat(service.overview(round).lastStep().by()).isEqualTo("Name of " + world.advisorA);

        signIn(world.memberA1);
        service.save(round, roundItems.getFirst().id(), first.draft().withLevel(2), first.version());
        signIn(world.coordinatorA1);
        workflow.submit(round, "Still a core scan");
        signIn(world.advisorA);
        workflow.startReview(round);
        workflow.validate(round, "Good evidence");
        assertThat(service.overview(round).status()).isEqualTo(AssessmentStatus.VALIDATED);

        List<AuditRecord> statuses = audit.entries(round, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.STATUS)
                .toList()
                .reversed();
        assertThat(statuses)
                .extracting(AuditRecord::newStatus)
                .containsExactly(
                        AssessmentStatus.DRAFT,
                        AssessmentStatus.SUBMITTED,
                        AssessmentStatus.IN_REVIEW,
                        AssessmentStatus.RETURNED,
                        AssessmentStatus.SUBMITTED,
                        AssessmentStatus.IN_REVIEW,
                        AssessmentStatus.VALIDATED);
        assertThat(statuses.get(3).note()).isEqualTo("Please add the council decision as evidence");
        assertThat(statuses.get(3).actor()).isEqualTo("Name of " + world.advisorA);
        assertThat(statuses.get(3).oldStatus()).isEqualTo(AssessmentStatus.IN_REVIEW);
    }

    @Test
    void illegalStepsAndWrongRolesAreRefused() {
        signIn(world.advisorA);
        assertThatThrownBy(() -> workflow.startReview(round)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> workflow.validate(round, null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> workflow.submit(round, "x")).isInstanceOf(NotPermittedException.class);

        signIn(world.memberA1);
        assertThatThrownBy(() -> workflow.submit(round, "x")).isInstanceOf(NotPermittedException.class);
        signIn(world.coordinatorA1);
        workflow.submit(round, "Pilot");
        assertThatThrownBy(() -> workflow.submit(round, "again")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> workflow.validate(round, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.setTarget(round, "T1", 4)).isInstanceOf(AssessmentNotEditableException.class);

        signIn(world.advisorB);
        assertThatThrownBy(() -> workflow.startReview(round)).isInstanceOf(NotPermittedException.class);
        signIn(world.admin);
        workflow.validate(round, null);
        assertThatThrownBy(() -> workflow.returnToCity(round, "too late"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void everyAnswerAndTargetChangeIsRecordedWithOldAndNewValue() {
        String item = roundItems.getFirst().id();
        signIn(world.memberA1);
        SavedAnswer v0 = service.save(round, item, AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        signIn(world.secondMemberA1);
        SavedAnswer v1 = service.save(round, item, v0.draft().withComment("Minutes 2025"), v0.version());
        service.save(round, item, v1.draft(), v1.version());
        signIn(world.coordinatorA1);
        service.setTarget(round, "T1", 4);

        List<AuditRecord> answers = audit.entries(round, new AuditFilter(null, item, null, null));
        assertThat(answers).as("saving the same value again records nothing").hasSize(2);
        assertThat(answers.getFirst().oldAnswer().comment()).isEmpty();
        assertThat(answers.getFirst().newAnswer().comment()).isEqualTo("Minutes 2025");
        assertThat(answers.getFirst().actor()).isEqualTo("Name of " + world.secondMemberA1);
        assertThat(answers.get(1).oldAnswer()).isNull();
        assertThat(answers.get(1).newAnswer().level()).isEqualTo(1);

        AuditRecord target = audit.entries(round, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.TARGET)
                .findFirst()
                .orElseThrow();
        assertThat(target.itemId()).isEqualTo("T1");
        assertThat(target.oldTarget()).isEqualTo(3);
        assertThat(target.newTarget()).isEqualTo(4);

        long memberId = audit.actors(round).entrySet().stream()
                .filter(entry -> entry.getValue().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .getKey();
        assertThat(audit.entries(round, new AuditFilter(memberId, null, null, null)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.newAnswer().level()).isEqualTo(1));
        assertThat(audit.entries(
                        round, new AuditFilter(null, null, LocalDate.now().plusDays(2), null)))
                .isEmpty();
        assertThat(audit.entries(
                        round,
                        new AuditFilter(
                                null,
                                null,
                                LocalDate.now().minusDays(1),
                                LocalDate.now().plusDays(1))))
                .hasSize(4);
    }

    @Test
    void eachStepNotifiesThePeopleConcernedButNeverTheActor() {
        signIn(world.coordinatorA1);
        workflow.submit(round, "Pilot");
        assertThat(notifications.unreadCount()).as("the actor").isZero();
        signIn(world.advisorB);
        assertThat(notifications.unreadCount()).as("another hub's advisor").isZero();
        signIn(world.memberA1);
        assertThat(notifications.unreadCount()).as("a member, on submission").isZero();
        signIn(world.advisorA);
        assertThat(notifications.recent(10)).singleElement().satisfies(any -> {
            var note = (NotificationItem.Step) any;
            assertThat(note.status()).isEqualTo(AssessmentStatus.SUBMITTED);
            assertThat(note.actor()).isEqualTo("Name of " + world.coordinatorA1);
            assertThat(note.roundLabel()).isEqualTo("2026");
            assertThat(note.unread()).isTrue();
        });
        workflow.startReview(round);
        workflow.returnToCity(round, "More evidence please");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        signIn(world.coordinatorA1);
        assertThat(notifications.recent(10))
                .extracting(note -> ((NotificationItem.Step) note).status())
                .containsExactly(AssessmentStatus.RETURNED, AssessmentStatus.IN_REVIEW);
        long returned = notifications.recent(10).getFirst().id();
        signIn(world.memberA1);
        assertThat(notifications.recent(10))
                .extracting(note -> ((NotificationItem.Step) note).status())
                .containsExactly(AssessmentStatus.RETURNED);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markRead(returned);
        assertThat(notifications.unreadCount())
                .as("someone else's notification id reads nothing of mine")
                .isEqualTo(1);
        signIn(world.coordinatorA1);
        notifications.markRead(returned);
        assertThat(notifications.unreadCount())
                .as("one read, the other still new")
                .isEqualTo(1);
        signIn(world.memberA1);
        notifications.markRead(notifications.recent(10).getFirst().id());
        assertThat(notifications.unreadCount()).isZero();
        signIn(world.coordinatorA2);
        assertThat(notifications.unreadCount()).as("another city's coordinator").isZero();
        signIn(world.nationalA1B1);
        assertThat(notifications.recent(10))
                .as("the city's focal point: submitted, not the review steps")
                .extracting(note -> ((NotificationItem.Step) note).status())
                .containsExactly(AssessmentStatus.SUBMITTED);
    }

    @Test
    void theCityNationalFocalPointsHearWhenItsViewIsReadyToCompare() {
        signIn(world.coordinatorA1);
        workflow.submit(round, "Pilot");
        signIn(world.advisorA);
        workflow.startReview(round);
        workflow.validate(round, "Good");
        signIn(world.nationalA1B1);
        assertThat(notifications.recent(10))
                .extracting(note -> ((NotificationItem.Step) note).status())
                .containsExactly(AssessmentStatus.VALIDATED, AssessmentStatus.SUBMITTED);

        String otherFocalPoint = "national-a2-" + suffix;
        setup.focalPoint(
                otherFocalPoint,
                io.nlc.testsupport.Fixtures.PASSWORD,
                "A2 focal point",
                Set.of(world.cityA2),
                io.nlc.content.Language.FR);
        signIn(otherFocalPoint);
        assertThat(notifications.unreadCount())
                .as("a focal point of another city")
                .isZero();
    }

    @Test
    void commentsAreInTheTrailToo() {
        String item = roundItems.getFirst().id();
        signIn(world.advisorA);
        long thread = comments.start(round, item, "Which decision is this?");
        signIn(world.memberA1);
        comments.reply(thread, "Decision 12 of 2025");
        comments.resolve(thread, true);
        List<AuditRecord> trail = audit.entries(round, new AuditFilter(null, item, null, null));
        assertThat(trail).extracting(AuditRecord::kind).containsOnly(AuditKind.COMMENT);
        assertThat(trail).extracting(AuditRecord::note).containsExactly("RESOLVED", "REPLIED", "STARTED");
        assertThat(trail.get(1).commentText()).isEqualTo("Decision 12 of 2025");
        assertThat(trail.get(2).actor()).isEqualTo("Name of " + world.advisorA);
    }

    @Test
    void historyIsReadableOnlyByThoseWhoMaySeeTheCity() {
        for (String user : List.of(world.coordinatorA2, world.memberB1, world.advisorB)) {
            signIn(user);
            assertThatThrownBy(() -> audit.entries(round, AuditFilter.all()))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> audit.actors(round)).as(user).isInstanceOf(NotPermittedException.class);
        }
        for (String user : List.of(world.memberA1, world.advisorA, world.admin)) {
            signIn(user);
            assertThat(audit.entries(round, AuditFilter.all())).as(user).isNotEmpty();
        }
    }
}
