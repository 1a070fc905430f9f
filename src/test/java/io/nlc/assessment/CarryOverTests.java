package io.nlc.assessment;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Tier;
import io.nlc.organisation.NotPermittedException;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.WorldTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Starting the next round from the last one: what is carried over, the justification of a changed level,
 * confirming, and who may start it. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class CarryOverTests extends WorldTest {

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    AuditTrail audit;

    long previous;

    /** A submitted round on framework version 1: T1.1 at 2 with a note, T1.2 not applicable, T1.9 (retired) at 1. */
    @BeforeEach
    void submittedRoundOnVersionOne() {
        signIn(world.coordinatorA1);
        previous = service.start(new NewAssessment(world.cityA1, "2025", Tier.CORE, Set.of(), Map.of("T1", 4)), 1);
        signIn(world.memberA1);
        service.save(previous, "T1.1", AnswerDraft.empty().withLevel(2).withComment("Council minutes"), -1);
        service.save(previous, "T1.2", AnswerDraft.empty().withState(AnswerState.NOT_APPLICABLE), -1);
        service.save(previous, "T1.9", AnswerDraft.empty().withLevel(1), -1);
        signIn(world.nationalA1B1);
        service.save(previous, "T1.1", AnswerDraft.empty().withLevel(4), -1);
        signIn(world.coordinatorA1);
        workflow.submit(previous, null);
    }

    private long startNext() {
        signIn(world.coordinatorA1);
        return service.startNext(service.nextRound(world.cityA1).orElseThrow().proposal());
    }

    @Test
    void theTeamsAnswersAreCarriedOverToTheNewestVersionWithoutRetiredItemsOrNationalRatings() {
        signIn(world.coordinatorA1);
        NewAssessment.NextRound next = service.nextRound(world.cityA1).orElseThrow();
        assertThat(next.fromAssessmentId()).isEqualTo(previous);
        assertThat(next.fromRoundLabel()).isEqualTo("2025");
        assertThat(next.proposal().roundLabel()).isEqualTo("2026");
        assertThat(next.proposal().tier()).isEqualTo(Tier.CORE);
        assertThat(next.proposal().targets()).isEqualTo(Map.of("T1", 4));
        assertThat(next.droppedItems()).containsExactly("T1.9");
        assertThat(next.droppedThemes()).isEmpty();

        long round = service.startNext(next.proposal());

        AssessmentOverview overview = service.overview(round);
        assertThat(overview.frameworkVersion()).isEqualTo(2);
        assertThat(overview.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(overview.targets()).containsEntry("T1", 4).containsEntry("T2", 3);
        Map<String, SavedAnswer> answers = service.answers(round);
        assertThat(answers).containsOnlyKeys("T1.1", "T1.2");
        assertThat(answers.get("T1.1").draft())
                .isEqualTo(AnswerDraft.empty().withLevel(2).withComment("Council minutes"));
        assertThat(answers.get("T1.1").carryOver())
                .isEqualTo(new SavedAnswer.CarryOver(previous, AnswerState.LEVEL, 2, true, null));
        assertThat(answers.get("T1.2").carryOver())
                .isEqualTo(new SavedAnswer.CarryOver(previous, AnswerState.NOT_APPLICABLE, null, true, null));
        // The previous round keeps its own answers, and is not marked in any way.
        assertThat(service.answers(previous).get("T1.1").carryOver()).isNull();
        // Carried-over answers count for the scores until confirmed: T1.1 answered, T1.2 not applicable.
        assertThat(service.score(round).answered()).isEqualTo(1);
        signIn(world.advisorA);
        assertThat(service.answers(round, Perspective.NATIONAL)).isEmpty();
        assertThat(service.answers(previous, Perspective.NATIONAL)).containsOnlyKeys("T1.1");
    }

    @Test
    void theNextRoundWaitsForTheLatestRoundToBeSubmittedAndForNoRoundInProgress() {
        long round = startNext();
        // The new round is in progress: no further one.
        assertThat(service.nextRound(world.cityA1)).isEmpty();
        int rounds = service.visibleAssessments().size();
        assertThatThrownBy(
                        () -> service.startNext(new NewAssessment(world.cityA1, "2027", Tier.CORE, Set.of(), Map.of())))
                .isInstanceOf(InvalidRoundInputException.class)
                .extracting("messageKey")
                .isEqualTo("assessment.error.next-round");
        assertThat(service.visibleAssessments()).hasSize(rounds);
        workflow.submit(round, "Started from 2025");
        assertThat(service.nextRound(world.cityA1).orElseThrow().fromAssessmentId())
                .isEqualTo(round);
    }

    @Test
    void aCityWithoutAnyRoundHasNoNextRound() {
        signIn(world.coordinatorA2);
        assertThat(service.nextRound(world.cityA2)).isEmpty();
    }

    @Test
    void changingACarriedOverLevelNeedsAShortJustificationAndNothingIsSavedWithoutIt() {
        long round = startNext();
        signIn(world.memberA1);
        SavedAnswer carried = service.answers(round).get("T1.1");
        AnswerDraft higher = carried.draft().withLevel(3);
        for (String missing : new String[] {null, "", "   ", "x".repeat(AnswerDraft.MAX_JUSTIFICATION + 1)}) {
            assertThatThrownBy(() -> service.save(round, "T1.1", higher, carried.version(), missing))
                    .isInstanceOf(InvalidRoundInputException.class)
                    .extracting("field")
                    .isEqualTo("justification");
        }
        assertThatThrownBy(() -> service.save(round, "T1.1", higher, carried.version()))
                .isInstanceOf(InvalidRoundInputException.class)
                .extracting("messageKey")
                .isEqualTo("answer.error.justification-required");
        assertThat(service.answers(round).get("T1.1")).isEqualTo(carried);

        // A note may change without one: the level is still to confirm.
        SavedAnswer noted =
                service.save(round, "T1.1", carried.draft().withComment("Minutes of 2026"), carried.version());
        assertThat(noted.toConfirm()).isTrue();

        SavedAnswer changed = service.save(
                round, "T1.1", noted.draft().withLevel(3), noted.version(), "  A budget line since March  ");
        assertThat(changed.draft().level()).isEqualTo(3);
        assertThat(changed.carryOver())
                .isEqualTo(
                        new SavedAnswer.CarryOver(previous, AnswerState.LEVEL, 2, false, "A budget line since March"));
        // Any further move away from the carried-over level needs its own reason.
        assertThatThrownBy(() -> service.save(round, "T1.1", changed.draft().withLevel(4), changed.version()))
                .isInstanceOf(InvalidRoundInputException.class);

        AuditRecord entry =
                audit.entries(round, new AuditFilter(null, "T1.1", null, null)).getFirst();
        assertThat(entry.note()).isEqualTo("CARRIED_OVER");
        assertThat(entry.justification()).isEqualTo("A budget line since March");
        assertThat(entry.oldAnswer().level()).isEqualTo(2);
        assertThat(entry.newAnswer().level()).isEqualTo(3);

        // Back to the carried-over level: no reason needed, and the old one goes.
        SavedAnswer back = service.save(round, "T1.1", changed.draft().withLevel(2), changed.version());
        assertThat(back.carryOver().justification()).isNull();
        assertThat(back.toConfirm()).isFalse();
    }

    @Test
    void confirmingACarriedOverAnswerClearsItsMarkOneByOneOrForAWholeTheme() {
        long round = startNext();
        signIn(world.memberA1);
        SavedAnswer t12 = service.answers(round).get("T1.2");
        assertThatThrownBy(() -> service.confirmCarriedOver(round, "T1.2", t12.version() + 5))
                .isInstanceOf(AnswerConflictException.class);
        assertThat(service.confirmCarriedOver(round, "T1.2", t12.version())).isEqualTo(1);
        SavedAnswer confirmed = service.answers(round).get("T1.2");
        assertThat(confirmed.toConfirm()).isFalse();
        assertThat(confirmed.draft()).isEqualTo(t12.draft());
        assertThat(confirmed.version()).isGreaterThan(t12.version());
        AuditRecord entry =
                audit.entries(round, new AuditFilter(null, "T1.2", null, null)).getFirst();
        assertThat(entry.note()).isEqualTo("CARRIED_OVER");
        assertThat(entry.justification()).isNull();

        assertThat(service.confirmCarriedOver(round, "T1", -1)).isEqualTo(1);
        assertThat(service.answers(round).values()).noneMatch(SavedAnswer::toConfirm);
        assertThat(service.confirmCarriedOver(round, "T1", -1)).isZero();
        assertThatThrownBy(() -> service.confirmCarriedOver(round, "T9.9", -1))
                .isInstanceOf(InvalidRoundInputException.class);
        signIn(world.advisorA);
        assertThatThrownBy(() -> service.confirmCarriedOver(round, "T1", -1)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void onlyTheCitysCoordinatorStartsTheNextRound() {
        NewAssessment proposal = new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of());
        for (String other : new String[] {
            world.memberA1, world.coordinatorA2, world.advisorA, world.admin, world.nationalA1B1, world.memberB1
        }) {
            signIn(other);
            assertThatThrownBy(() -> service.nextRound(world.cityA1))
                    .as(other)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.startNext(proposal)).as(other).isInstanceOf(NotPermittedException.class);
        }
        signIn(world.coordinatorA1);
        assertThat(service.visibleAssessments()).hasSize(1);
    }
}
