package io.nlc.workshop;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.kernel.InvalidInputException;
import io.nlc.organisation.NewUser;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.NotVisibleException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.organisation.TeamMember;
import io.nlc.organisation.UserAdministration;
import io.nlc.scoring.AnswerState;
import io.nlc.scoring.ThemeScore;
import io.nlc.testsupport.RoundTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several raters and one agreed score on every database (H2 and PostgreSQL subclasses): who may rate what and until
 * when, ratings hidden until one's own is given, the spread, the agreed level as the only one that counts, and
 * refused input that saves nothing.
 */
abstract class RatersTests extends RoundTest {

    @Autowired
    Raters raters;

    @Autowired
    UserAdministration accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    AssessmentWorkflow workflow;

    String police;
    long policeId;
    long member;
    long secondMember;
    Item first;
    Item second;
    Item otherTheme;

    @BeforeEach
    void panelPeople() {
        signIn(world.coordinatorA1);
        police = "police-" + suffix;
        accounts.create(new NewUser(police, "Police " + suffix, Role.RATER, world.cityA1, null, Language.FR, Set.of()));
        List<TeamMember> possible = raters.possibleRaters(round);
        policeId = idOf(possible, "Police " + suffix);
        member = idOf(possible, "Name of " + world.memberA1);
        secondMember = idOf(possible, "Name of " + world.secondMemberA1);
        first = roundItems.get(0);
        second = roundItems.get(1);
        otherTheme = roundItems.stream()
                .filter(item -> !item.themeId().equals(first.themeId()))
                .findFirst()
                .orElseThrow();
        assertThat(second.themeId()).isEqualTo(first.themeId());
    }

    @Test
    void aRaterAccountReachesOnlyTheItemsOpenedToItAndOnlyUntilTheRoundIsSubmitted() {
        raters.open(round, List.of(first.id()), List.of(policeId, member));

        signIn(police, Role.RATER);
        assertThat(organisation.visibleCities()).isEmpty();
        refusedAsInvisible(() -> service.requireVisible(round));
        refusedAsInvisible(() -> service.answers(round));
        refusedAsInvisible(() -> raters.panel(round));
        refusedAsInvisible(() -> raters.task(round, second.id()));
        refusedAsInvisible(() -> raters.rate(round, second.id(), RatingDraft.level(2, ""), -1));
        assertThat(raters.myTasks()).singleElement().satisfies(task -> {
            assertThat(task.item().id()).isEqualTo(first.id());
            assertThat(task.roundLabel()).isEqualTo("2026");
            assertThat(task.mine()).isNull();
            assertThat(task.spread()).isNull();
        });
        RatingEntry rated = raters.rate(round, first.id(), RatingDraft.level(2, "Patrols meet monthly"), -1);
        assertThat(raters.task(round, first.id()).mine()).isEqualTo(rated);

        signIn(world.coordinatorA1);
        workflow.submit(round, "Pilot");

        signIn(police, Role.RATER);
        assertThat(raters.myTasks())
                .as("a submitted round is closed to rater accounts")
                .isEmpty();
        refusedAsInvisible(() -> raters.task(round, first.id()));
        refusedAsInvisible(() -> raters.rate(round, first.id(), RatingDraft.level(3, ""), rated.version()));
        refusedAsInvisible(() -> raters.spread(round, first.id()));
    }

    @Test
    void eachRaterSeesTheOthersOnlyAfterRatingAndTheSpreadSaysHowFarApartTheyAre() {
        raters.open(round, List.of(first.themeId()), List.of(member, secondMember, policeId));

        signIn(world.memberA1);
        assertThatThrownBy(() -> raters.spread(round, first.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("ratings");
                    assertThat(refusal.messageKey()).isEqualTo("rating.error.hidden");
                });
        assertThat(raters.panel(round).get(first.id()).spread()).isNull();
        raters.rate(round, first.id(), RatingDraft.level(1, "Only on paper"), -1);
        raters.rate(round, second.id(), new RatingDraft(AnswerState.NOT_APPLICABLE, null, ""), -1);
        assertThat(raters.spread(round, first.id()).count()).isEqualTo(1);

        signIn(world.secondMemberA1);
        raters.rate(round, first.id(), RatingDraft.level(3, "We meet every quarter"), -1);
        raters.rate(round, second.id(), RatingDraft.level(2, ""), -1);
        signIn(police, Role.RATER);
        raters.rate(round, first.id(), RatingDraft.level(2, ""), -1);
        raters.rate(round, second.id(), RatingDraft.level(2, ""), -1);

        signIn(world.coordinatorA1);
        ItemSpread spread = raters.spread(round, first.id());
        assertThat(spread.count()).isEqualTo(3);
        assertThat(spread.min()).isEqualTo(1);
        assertThat(spread.median()).isEqualTo(2.0);
        assertThat(spread.max()).isEqualTo(3);
        assertThat(spread.range()).isEqualTo(2);
        assertThat(spread.ratings())
                .extracting(RatingEntry::rater, RatingEntry::level, RatingEntry::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Name of " + world.memberA1, 1, "Only on paper"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Name of " + world.secondMemberA1, 3, "We meet every quarter"),
                        org.assertj.core.groups.Tuple.tuple("Police " + suffix, 2, ""));
        ItemSpread other = raters.spread(round, second.id());
        assertThat(other.count()).isEqualTo(2);
        assertThat(other.notApplicable()).isEqualTo(1);
        assertThat(other.median()).isEqualTo(2.0);
        assertThat(other.range()).isZero();
        assertThat(raters.disagreements(round))
                .as("only items where levels differ, widest first")
                .extracting(ItemSpread::itemId)
                .containsExactly(first.id());
        assertThat(raters.panel(round).get(first.id()).raters())
                .extracting(PanelItem.Rater::rated)
                .containsOnly(true);

        signIn(world.advisorA);
        assertThat(raters.spread(round, first.id()).count()).isEqualTo(3);
        signIn(world.advisorB);
        refusedAsInvisible(() -> raters.spread(round, first.id()));
        refusedAsInvisible(() -> raters.panel(round));
        signIn(world.memberB1);
        refusedAsInvisible(() -> raters.spread(round, first.id()));
    }

    @Test
    void theAgreedLevelIsTheRoundsAnswerAndTheOnlyOneThatCounts() {
        raters.open(round, List.of(first.id()), List.of(member, policeId));
        signIn(world.memberA1);
        raters.rate(round, first.id(), RatingDraft.level(0, ""), -1);
        signIn(police, Role.RATER);
        raters.rate(round, first.id(), RatingDraft.level(4, ""), -1);

        signIn(world.coordinatorA1);
        assertThat(service.answers(round)).as("ratings are not answers").isEmpty();
        refused(
                () -> raters.agree(round, first.id(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW, "  "),
                "reason",
                "rating.error.reason");
        refused(
                () -> raters.agree(round, second.id(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW, "Why"),
                "item",
                "rating.error.no-ratings");
        assertThat(service.answers(round)).as("nothing saved").isEmpty();

        SavedAnswer agreed = raters.agree(
                round, first.id(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW, "Police and team met halfway");
        assertThat(agreed.level()).isEqualTo(2);
        assertThat(service.answers(round).get(first.id()).level()).isEqualTo(2);
        ThemeScore theme = service.score(round).themes().stream()
                .filter(score -> score.themeId().equals(first.themeId()))
                .findFirst()
                .orElseThrow();
        assertThat(theme.score()).as("2 of 4, not the raters' 0 or 4").isEqualTo(50.0);
        assertThat(raters.panel(round).get(first.id()).agreement()).satisfies(agreement -> {
            assertThat(agreement.reason()).isEqualTo("Police and team met halfway");
            assertThat(agreement.by()).isEqualTo("Name of " + world.coordinatorA1);
        });

        signIn(world.memberA1);
        assertThatThrownBy(() -> raters.agree(
                        round, first.id(), AnswerDraft.empty().withLevel(3), agreed.version(), "I prefer 3"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void agreeingOnACarriedOverAnswerTakesTheReasonAsTheJustificationOfTheChange() {
        service.save(round, first.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        workflow.submit(round, "Only the first question for now");
        long next =
                service.startNext(service.nextRound(world.cityA1).orElseThrow().proposal());
        SavedAnswer carried = service.answers(next).get(first.id());
        assertThat(carried.toConfirm()).isTrue();
        List<TeamMember> possible = raters.possibleRaters(next);
        raters.open(next, List.of(first.id()), List.of(idOf(possible, "Police " + suffix)));
        signIn(police, Role.RATER);
        raters.rate(next, first.id(), RatingDraft.level(3, ""), -1);

        signIn(world.coordinatorA1);
        String reason =
                "The police now sit on the council's committee. ".repeat(15).strip();
        assertThat(reason).hasSizeGreaterThan(AnswerDraft.MAX_JUSTIFICATION);
        SavedAnswer agreed = raters.agree(next, first.id(), carried.draft().withLevel(3), carried.version(), reason);

        assertThat(agreed.level()).isEqualTo(3);
        assertThat(agreed.toConfirm())
                .as("a changed level is no longer to confirm")
                .isFalse();
        assertThat(agreed.carryOver().justification())
                .as("the answer keeps what a justification may hold")
                .isEqualTo(reason.substring(0, AnswerDraft.MAX_JUSTIFICATION).strip());
        assertThat(raters.panel(next).get(first.id()).agreement().reason())
                .as("the agreement keeps all of it")
                .isEqualTo(reason);
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsSaved() {
        refused(() -> raters.open(round, List.of("T99.9"), List.of(member)), "items", "rating.error.item");
        refused(() -> raters.open(round, List.of(), List.of(member)), "items", "rating.error.no-items");
        refused(() -> raters.open(round, List.of(first.id()), List.of()), "raters", "rating.error.no-raters");
        signIn(world.coordinatorA2);
        long stranger = raters.possibleRaters(service.start(new io.nlc.assessment.NewAssessment(
                        world.cityA2, "2026", io.nlc.content.Tier.CORE, Set.of(), java.util.Map.of())))
                .getFirst()
                .id();
        signIn(world.coordinatorA1);
        refused(() -> raters.open(round, List.of(first.id()), List.of(stranger)), "raters", "rating.error.rater");
        signIn(world.memberA1);
        assertThatThrownBy(() -> raters.open(round, List.of(first.id()), List.of(member)))
                .isInstanceOf(NotPermittedException.class);
        signIn(world.coordinatorA1);
        assertThat(raters.panel(round)).as("nothing opened").isEmpty();

        raters.open(round, List.of(first.id()), List.of(member));
        signIn(world.memberA1);
        refused(
                () -> raters.rate(round, first.id(), new RatingDraft(AnswerState.LEVEL, 7, ""), -1),
                "level",
                "rating.error.level");
        refused(
                () -> raters.rate(round, first.id(), new RatingDraft(AnswerState.UNANSWERED, null, ""), -1),
                "level",
                "rating.error.level");
        refused(
                () -> raters.rate(round, first.id(), RatingDraft.level(2, "x".repeat(RatingDraft.MAX_COMMENT + 1)), -1),
                "comment",
                "rating.error.too-long");
        RatingEntry rated = raters.rate(round, first.id(), RatingDraft.level(2, ""), -1);
        refused(() -> raters.rate(round, first.id(), RatingDraft.level(3, ""), -1), "level", "rating.error.changed");
        assertThat(raters.task(round, first.id()).mine()).isEqualTo(rated);

        signIn(world.coordinatorA1);
        refused(() -> raters.remove(round, first.id(), member), "raters", "rating.error.already-rated");
        workflow.submit(round, "Pilot");
        signIn(world.advisorA);
        workflow.startReview(round);
        workflow.returnToCity(round, "Ask the police too");
        signIn(world.coordinatorA1);
        refused(
                () -> raters.open(round, List.of(second.id()), List.of(policeId)),
                "raters",
                "rating.error.rater-after-submit");
        raters.open(round, List.of(second.id()), List.of(secondMember));
        assertThat(raters.panel(round)).containsOnlyKeys(first.id(), second.id());
    }

    @Test
    void onlyACoordinatorOrAnAdministratorCreatesRaterAccountsAndOnlyForTheirCity() {
        signIn(world.coordinatorA2);
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "school-" + suffix, "School", Role.RATER, world.cityA1, null, Language.AR, Set.of())))
                .isInstanceOf(NotPermittedException.class);
        signIn(world.memberA1);
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "school-" + suffix, "School", Role.RATER, world.cityA1, null, Language.AR, Set.of())))
                .isInstanceOf(NotPermittedException.class);
        signIn(world.coordinatorA1);
        assertThatThrownBy(() -> accounts.create(
                        new NewUser("school-" + suffix, "School", Role.RATER, null, null, Language.AR, Set.of())))
                .isInstanceOf(InvalidInputException.class);
        long id = accounts.manageableUsers().stream()
                .filter(user -> user.displayName().equals("Police " + suffix))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> accounts.changeRole(id, Role.CITY_MEMBER))
                .as("a rater stays a rater")
                .isInstanceOf(InvalidInputException.class);
        signIn(world.admin);
        accounts.create(
                new NewUser("school-" + suffix, "School", Role.RATER, world.cityA1, null, Language.AR, Set.of()));
    }

    private static long idOf(List<TeamMember> people, String name) {
        return people.stream()
                .filter(person -> person.displayName().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void refusedAsInvisible(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(NotVisibleException.class);
    }

    private static void refused(Executable call, String field, String key) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }
}
