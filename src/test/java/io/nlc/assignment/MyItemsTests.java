package io.nlc.assignment;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.discussion.Discussions;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.RoundTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "My items" on every database: theme and item assignments, open vs all, read-only rounds and who sees what. */
abstract class MyItemsTests extends RoundTest {

    @Autowired
    Assignments assignments;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    Discussions comments;

    @Autowired
    io.nlc.organisation.UserAdministration accounts;

    Theme t1;
    Theme t2;

    @BeforeEach
    void firstTwoThemes() {
        t1 = service.themesInScope(round).get(0);
        t2 = service.themesInScope(round).get(1);
    }

    @Test
    void aThemeAssignmentGivesItsItemsAndAnItemAssignmentOverridesIt() {
        Item moved = t1.items().getFirst();
        signIn(world.coordinatorA1);
        assignments.assign(round, t1.id(), member(world.memberA1));
        assignments.assign(round, moved.id(), member(world.secondMemberA1));
        assignments.assign(round, t2.items().getLast().id(), member(world.memberA1));

        signIn(world.memberA1);
        List<AssignedItem> mine = assignments.myItems(true);
        List<String> expected = new java.util.ArrayList<>(t1.items().stream()
                .map(Item::id)
                .filter(id -> !id.equals(moved.id()))
                .toList());
        expected.add(t2.items().getLast().id());
        assertThat(mine).extracting(row -> row.item().id()).containsExactlyElementsOf(expected);
        assertThat(mine).allSatisfy(row -> {
            assertThat(row.assessmentId()).isEqualTo(round);
            assertThat(row.roundLabel()).isEqualTo("2026");
            assertThat(row.editable()).isTrue();
            assertThat(row.state()).isEqualTo(AnswerState.UNANSWERED);
            assertThat(row.updatedBy()).isNull();
        });
        assertThat(mine.getFirst().direct()).isFalse();
        assertThat(mine.getFirst().themeId()).isEqualTo(t1.id());
        assertThat(mine.getLast().direct()).isTrue();
        assertThat(mine.getLast().themeId()).isEqualTo(t2.id());

        signIn(world.secondMemberA1);
        assertThat(assignments.myItems(true)).extracting(row -> row.item().id()).containsExactly(moved.id());
    }

    @Test
    void anItemOfSomeoneDeactivatedFallsBackToTheThemeAssignee() {
        Item moved = t1.items().getFirst();
        signIn(world.coordinatorA1);
        assignments.assign(round, t1.id(), member(world.memberA1));
        assignments.assign(round, moved.id(), member(world.secondMemberA1));
        long second = member(world.secondMemberA1);
        signIn(world.admin);
        accounts.setEnabled(second, false);

        signIn(world.memberA1);
        assertThat(assignments.myItems(true))
                .extracting(row -> row.item().id())
                .containsExactlyElementsOf(t1.items().stream().map(Item::id).toList())
                .hasSize(assignments.myOpenItems(round).size());
    }

    @Test
    void answeredItemsDropOutOfOpenButStayInAllWithWhoSavedThem() {
        signIn(world.coordinatorA1);
        assignments.assign(round, t1.id(), member(world.memberA1));
        Item levelled = t1.items().get(0);
        Item unknown = t1.items().get(1);
        Item notApplicable = t1.items().get(2);
        signIn(world.memberA1);
        service.save(round, levelled.id(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        service.save(round, unknown.id(), AnswerDraft.empty().withState(AnswerState.DONT_KNOW), SavedAnswer.NEW);
        service.save(
                round, notApplicable.id(), AnswerDraft.empty().withState(AnswerState.NOT_APPLICABLE), SavedAnswer.NEW);
        comments.start(round, unknown.id(), "Who holds the mandate letter?");

        List<AssignedItem> open = assignments.myItems(true);
        assertThat(open)
                .extracting(row -> row.item().id())
                .contains(unknown.id())
                .doesNotContain(levelled.id(), notApplicable.id())
                .hasSize(t1.items().size() - 2);
        AssignedItem dontKnow = open.getFirst();
        assertThat(dontKnow.state()).isEqualTo(AnswerState.DONT_KNOW);
        assertThat(dontKnow.openComments()).isEqualTo(1);

        List<AssignedItem> all = assignments.myItems(false);
        assertThat(all).hasSize(t1.items().size());
        AssignedItem answered = all.getFirst();
        assertThat(answered.item().id()).isEqualTo(levelled.id());
        assertThat(answered.state()).isEqualTo(AnswerState.LEVEL);
        assertThat(answered.level()).isEqualTo(2);
        assertThat(answered.updatedBy()).isEqualTo("Name of " + world.memberA1);
        assertThat(answered.updatedAt()).isNotNull();
        assertThat(answered.openComments()).isZero();
        assertThat(answered.open()).isFalse();
    }

    @Test
    void roundsWithTheHubAreReadOnlyAndLeaveOpenItems() {
        signIn(world.coordinatorA1);
        assignments.assign(round, t1.id(), member(world.memberA1));
        workflow.submit(round, "Workshop next month");

        signIn(world.memberA1);
        assertThat(assignments.myItems(true)).isEmpty();
        assertThat(assignments.myItems(false)).hasSize(t1.items().size()).allSatisfy(row -> {
            assertThat(row.editable()).isFalse();
            assertThat(row.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        });
    }

    @Test
    void anotherCitysItemsNeverAppearAndUnassignedPeopleGetNothing() {
        signIn(world.coordinatorA1);
        assignments.assign(round, t1.id(), member(world.memberA1));
        signIn(world.coordinatorA2);
        long other = service.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));
        long coordinatorA2 = assignments.team(other).stream()
                .filter(person -> person.displayName().equals("Name of " + world.coordinatorA2))
                .findFirst()
                .orElseThrow()
                .id();
        assignments.assign(other, t1.id(), coordinatorA2);

        signIn(world.memberA1);
        assertThat(assignments.myItems(false))
                .extracting(AssignedItem::assessmentId)
                .containsOnly(round);
        signIn(world.coordinatorA2);
        assertThat(assignments.myItems(false))
                .extracting(AssignedItem::assessmentId)
                .containsOnly(other);
        for (String nobody :
                List.of(world.secondMemberA1, world.coordinatorA1, world.memberB1, world.advisorA, world.admin)) {
            signIn(nobody);
            assertThat(assignments.myItems(false)).as(nobody).isEmpty();
            assertThat(assignments.myItems(true)).as(nobody).isEmpty();
        }
    }

    private long member(String username) {
        return assignments.team(round).stream()
                .filter(person -> person.displayName().equals("Name of " + username))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
