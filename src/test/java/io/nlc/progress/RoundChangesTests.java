package io.nlc.progress;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
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
 * What changed between two rounds and the trend, with figures worked out by hand from the test framework's
 * weights (T1.1 weighs 3, T1.2 2, T1.3 and T1.9 1; theme score = weighted mean level / 4 x 100).
 * Run on H2 and PostgreSQL by the subclasses.
 */
abstract class RoundChangesTests extends WorldTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    RoundChanges changes;

    long round2025;
    long round2026;

    /**
     * City A1: 2025 on version 1 (T1.1 at 2, T1.2 not applicable, T1.9 at 1; the national side rates T1.1 at 4),
     * submitted; 2026 carried over onto version 2, T1.1 raised to 3 with a reason, T1.3 at 4, submitted.
     */
    @BeforeEach
    void twoRoundsOnTwoVersions() {
        signIn(world.coordinatorA1);
        round2025 = assessments.start(new NewAssessment(world.cityA1, "2025", Tier.CORE, Set.of(), Map.of()), 1);
        assessments.save(round2025, "T1.1", AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        assessments.save(round2025, "T1.2", AnswerDraft.empty().withState(AnswerState.NOT_APPLICABLE), SavedAnswer.NEW);
        assessments.save(round2025, "T1.9", AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        signIn(world.nationalA1B1);
        assessments.save(round2025, "T1.1", AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);
        signIn(world.coordinatorA1);
        workflow.submit(round2025, null);
        round2026 = assessments.startNext(
                assessments.nextRound(world.cityA1).orElseThrow().proposal());
        SavedAnswer t11 = assessments.answers(round2026).get("T1.1");
        assessments.save(round2026, "T1.1", t11.draft().withLevel(3), t11.version(), "New youth council");
        assessments.save(round2026, "T1.3", AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);
        workflow.submit(round2026, "Core themes T2 to T6 next year");
    }

    @Test
    void themeByThemeAndItemByItemAcrossTwoFrameworkVersions() {
        signIn(world.memberA1);
        RoundComparison comparison = changes.compare(round2025, round2026);
        assertThat(comparison.acrossVersions()).isTrue();

        // 2025 (v1): (3 x 2 + 1 x 1) / 4 = 1.75 -> 43.75; 2026 (v2): (3 x 3 + 1 x 4) / 4 = 3.25 -> 81.25.
        RoundComparison.ThemeChange t1 = comparison.themes().getFirst();
        assertThat(t1.themeId()).isEqualTo("T1");
        assertThat(t1.before()).isEqualTo(43.75);
        assertThat(t1.after()).isEqualTo(81.25);
        assertThat(t1.delta()).isEqualTo(37.5);
        // Version 1 has only T1: the other core themes have nothing before.
        assertThat(comparison.themes())
                .extracting(RoundComparison.ThemeChange::themeId)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
        assertThat(comparison.themes().get(1).before()).isNull();

        assertThat(comparison.items())
                .extracting(RoundComparison.ItemChange::itemId)
                .containsExactly("T1.1", "T1.2");
        RoundComparison.ItemChange t11 = comparison.items().getFirst();
        // The city's own 2 (never the national 4) before, 3 after, and why.
        assertThat(t11.before().level()).isEqualTo(2);
        assertThat(t11.after().level()).isEqualTo(3);
        assertThat(t11.changed()).isTrue();
        assertThat(t11.justification()).isEqualTo("New youth council");
        RoundComparison.ItemChange t12 = comparison.items().get(1);
        assertThat(t12.changed()).isFalse();
        assertThat(t12.after().state()).isEqualTo(AnswerState.NOT_APPLICABLE);

        assertThat(comparison.onlyInFrom())
                .extracting(RoundComparison.Unshared::itemId)
                .containsExactly("T1.9");
        assertThat(comparison.onlyInFrom().getFirst().question().en()).isEqualTo("Retired question T1.9?");
        assertThat(comparison.onlyInTo())
                .extracting(RoundComparison.Unshared::itemId)
                .startsWith("T1.3", "T2.1")
                .doesNotContain("T1.1", "T1.9");
    }

    @Test
    void theOtherWayRoundTheDeltaTurnsNegativeAndTheJustificationIsLeftOut() {
        signIn(world.advisorA);
        RoundComparison backwards = changes.compare(round2026, round2025);
        assertThat(backwards.themes().getFirst().delta()).isEqualTo(-37.5);
        assertThat(backwards.items().getFirst().before().level()).isEqualTo(3);
        assertThat(backwards.items().getFirst().after().level()).isEqualTo(2);
        assertThat(backwards.items().getFirst().justification()).isNull();
    }

    @Test
    void onlyThoseWhoMaySeeTheCityCompareAndNeverTwoCities() {
        signIn(world.coordinatorA2);
        long other = assessments.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));
        assertThatThrownBy(() -> changes.compare(round2025, round2026)).isInstanceOf(NotPermittedException.class);
        for (String reader : new String[] {world.advisorB, world.memberB1}) {
            signIn(reader);
            assertThatThrownBy(() -> changes.compare(round2025, round2026))
                    .as(reader)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> changes.trend(world.cityA1)).as(reader).isInstanceOf(NotPermittedException.class);
        }
        signIn(world.advisorA);
        assertThatThrownBy(() -> changes.compare(round2025, other)).isInstanceOf(AssessmentNotFoundException.class);
    }

    @Test
    void theTrendShowsSubmittedRoundsAndTheHubMedianToAdvisorsOnly() {
        // City A2 of the same hub: 2026 with T1.1 at 1 only -> 25; a draft 2025 that does not count.
        signIn(world.coordinatorA2);
        long a2 = assessments.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));
        assessments.save(a2, "T1.1", AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        workflow.submit(a2, "First themes only");
        long a2draft = assessments.start(new NewAssessment(world.cityA2, "2025", Tier.CORE, Set.of(), Map.of()));
        assessments.save(a2draft, "T1.1", AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);
        // A draft of A1 itself is left out of its own trend.
        signIn(world.coordinatorA1);
        assessments.start(new NewAssessment(world.cityA1, "2027", Tier.CORE, Set.of(), Map.of()));

        RoundTrend own = changes.trend(world.cityA1);
        assertThat(own.rounds()).extracting(round -> round.roundLabel()).containsExactly("2025", "2026");
        assertThat(own.hubMedians()).isFalse();
        RoundTrend.ThemeLine t1 = own.themes().getFirst();
        assertThat(t1.themeId()).isEqualTo("T1");
        assertThat(t1.scores()).containsExactly(43.75, 81.25);
        assertThat(t1.hubMedian()).isEmpty();
        assertThat(own.themes().get(1).scores()).containsExactly(null, null);

        signIn(world.advisorA);
        RoundTrend hub = changes.trend(world.cityA1);
        assertThat(hub.hubMedians()).isTrue();
        // 2025: A1 alone (43.75); 2026: median of A1's 81.25 and A2's 25 = 53.125.
        assertThat(hub.themes().getFirst().hubMedian()).containsExactly(43.75, 53.125);
        assertThat(hub.themes().get(1).hubMedian()).containsExactly(null, null);
    }
}
