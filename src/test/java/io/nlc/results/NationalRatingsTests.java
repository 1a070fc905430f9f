package io.nlc.results;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.Perspective;
import io.nlc.assessment.SavedAnswer;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.InvalidOrganisationInputException;
import io.nlc.organisation.NewUser;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.portfolio.PortfolioRow;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.RoundTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * National focal points: a separate answer set on the same assessment, who may write it, and how the results
 * compare it with the city's own. Run on H2 and PostgreSQL.
 */
abstract class NationalRatingsTests extends RoundTest {

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserAdministration accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    HubPortfolio portfolio;

    @Test
    void focalPointRatesInItsOwnSetAndTheCityScoreDoesNotMove() {
        answer(world.memberA1, roundItems.get(0), 3);
        signIn(world.coordinatorA1);
        double cityIndex = resultsService.results(round).score().index();

        signIn(world.nationalA1B1);
        AssessmentOverview overview = service.overview(round);
        assertThat(overview.perspective()).isEqualTo(Perspective.NATIONAL);
        assertThat(overview.canAnswer()).isTrue();
        assertThat(overview.canCoordinate()).isFalse();
        assertThat(overview.canReview()).isFalse();
        service.save(round, roundItems.get(0).id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);

        assertThat(service.answers(round, Perspective.NATIONAL)
                        .get(roundItems.get(0).id())
                        .draft()
                        .level())
                .isEqualTo(1);
        assertThat(service.answers(round).get(roundItems.get(0).id()).draft().level())
                .as("city answer kept")
                .isEqualTo(3);
        signIn(world.advisorA);
        AssessmentResults results = resultsService.results(round);
        assertThat(results.score().index()).as("city score unchanged").isEqualTo(cityIndex);
        assertThat(results.overview().perspective()).isEqualTo(Perspective.LOCAL);
        assertThat(results.national()).isNotNull();
        assertThat(results.national().nationalScore().answered()).isEqualTo(1);
        assertThat(results.national().divergences())
                .containsExactly(
                        new NationalComparison.Divergence(roundItems.get(0).id(), "T1", 3, 1));
        assertThat(results.national().divergences().getFirst().difference()).isEqualTo(-2);
    }

    @Test
    void theCityTeamRatesBlindUntilItSubmitsItsRound() {
        answer(world.memberA1, roundItems.get(0), 3);
        answer(world.nationalA1B1, roundItems.get(0), 1);
        for (String cityUser : List.of(world.memberA1, world.coordinatorA1)) {
            signIn(cityUser);
            AssessmentResults draft = resultsService.results(round);
            assertThat(draft.nationalHidden()).as(cityUser).isTrue();
            assertThat(draft.national()).as(cityUser).isNull();
            assertThatThrownBy(() -> service.answers(round, Perspective.NATIONAL))
                    .as(cityUser)
                    .isInstanceOf(NotPermittedException.class);
        }
        signIn(world.coordinatorA1);
        workflow.submit(round, "first pass");
        signIn(world.memberA1);
        AssessmentResults submitted = resultsService.results(round);
        assertThat(submitted.nationalHidden()).isFalse();
        assertThat(submitted.national().divergences()).hasSize(1);
        assertThat(service.answers(round, Perspective.NATIONAL))
                .containsOnlyKeys(roundItems.get(0).id());
    }

    @Test
    void noComparisonUntilAFocalPointHasRated() {
        answer(world.memberA1, roundItems.get(0), 3);
        signIn(world.advisorA);
        assertThat(resultsService.results(round).national()).isNull();
    }

    @Test
    void divergencesRankByTheSizeOfTheDifferenceThenQuestionnaireOrder() {
        int[] local = {4, 2, 1, 3, 2};
        int[] national = {1, 3, 1, 1, 3};
        for (int i = 0; i < local.length; i++) {
            answer(world.memberA1, roundItems.get(i), local[i]);
            answer(world.nationalA1B1, roundItems.get(i), national[i]);
        }
        // An item only the national side rated, and one it does not know, are not divergences.
        signIn(world.nationalA1B1);
        service.save(round, roundItems.get(5).id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);
        signIn(world.memberA1);
        service.save(round, roundItems.get(6).id(), AnswerDraft.empty().withLevel(0), SavedAnswer.NEW);
        signIn(world.nationalA1B1);
        service.save(
                round, roundItems.get(6).id(), AnswerDraft.empty().withState(AnswerState.DONT_KNOW), SavedAnswer.NEW);

        List<NationalComparison.Divergence> ranked =
                resultsService.results(round).national().divergences();
        assertThat(ranked)
                .extracting(NationalComparison.Divergence::itemId)
                .containsExactly(
                        roundItems.get(0).id(),
                        roundItems.get(3).id(),
                        roundItems.get(1).id(),
                        roundItems.get(4).id());
        assertThat(ranked).extracting(NationalComparison.Divergence::difference).containsExactly(-3, -2, 1, 1);
    }

    @Test
    void onlyLinkedFocalPointsWriteTheNationalSetAndTheyNeverWriteTheCitySet() {
        signIn(world.coordinatorA2);
        long otherRound = service.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));
        signIn(world.nationalA1B1);
        assertThat(service.visibleAssessments())
                .extracting(AssessmentSummary::id)
                .contains(round)
                .doesNotContain(otherRound);
        assertThatThrownBy(() -> service.save(
                        otherRound, roundItems.get(0).id(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.overview(otherRound)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.submit(round, "ready")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.setTarget(round, "T1", 4)).isInstanceOf(NotPermittedException.class);

        // The city team's saves go to the city's set, whatever they do; advisors write neither.
        answer(world.memberA1, roundItems.get(0), 2);
        signIn(world.advisorA);
        assertThatThrownBy(() -> service.save(
                        round, roundItems.get(1).id(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW))
                .isInstanceOf(NotPermittedException.class);
        assertThat(service.answers(round, Perspective.NATIONAL)).isEmpty();
        assertThat(service.answers(round)).containsOnlyKeys(roundItems.get(0).id());

        // Another hub's advisor and city see nothing of either set.
        signIn(world.memberB1);
        assertThatThrownBy(() -> service.answers(round, Perspective.NATIONAL))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theNationalRatingGoesOnAfterTheCityRoundIsValidated() {
        answer(world.memberA1, roundItems.get(0), 2);
        signIn(world.coordinatorA1);
        workflow.submit(round, "first pass");
        signIn(world.advisorA);
        workflow.startReview(round);
        workflow.validate(round, "fine");

        signIn(world.memberA1);
        assertThatThrownBy(() -> service.save(
                        round, roundItems.get(0).id(), AnswerDraft.empty().withLevel(3), 0))
                .isInstanceOf(AssessmentNotEditableException.class);
        answer(world.nationalA1B1, roundItems.get(0), 4);
        signIn(world.advisorA);
        assertThat(resultsService.results(round).national().divergences()).hasSize(1);
        assertThat(service.overview(round).status()).isEqualTo(AssessmentStatus.VALIDATED);
    }

    @Test
    void theHubPortfolioShowsOnlyTheCityOwnAnswers() {
        answer(world.memberA1, roundItems.get(0), 2);
        signIn(world.advisorA);
        PortfolioQuery inProgress =
                new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.CITY, false);
        PortfolioRow before = portfolio.rows(world.hubA, inProgress, 0, 10).getFirst();
        for (int i = 0; i < 4; i++) {
            answer(world.nationalA1B1, roundItems.get(i), 4);
        }
        signIn(world.advisorA);
        PortfolioRow after = portfolio.rows(world.hubA, inProgress, 0, 10).getFirst();
        assertThat(after.city().id()).isEqualTo(world.cityA1);
        assertThat(after.index()).isEqualTo(before.index());
        assertThat(after.completeness()).isEqualTo(before.completeness());
        assertThat(after.themeScores()).isEqualTo(before.themeScores());
    }

    @Test
    void theAuditTrailTellsNationalRatingsApart() {
        answer(world.memberA1, roundItems.get(0), 2);
        answer(world.nationalA1B1, roundItems.get(0), 4);
        signIn(world.advisorA);
        List<AuditRecord> answers = audit.entries(round, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.ANSWER)
                .toList();
        assertThat(answers).extracting(AuditRecord::note).containsExactlyInAnyOrder(null, "NATIONAL");
    }

    @Test
    void administratorsLinkFocalPointsToCitiesAndNobodyElseDoes() {
        signIn(world.admin);
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "fp-" + suffix, "Focal", Role.NATIONAL_FOCAL_POINT, null, null, Language.FR, Set.of())))
                .isInstanceOf(InvalidOrganisationInputException.class)
                .extracting("messageKey")
                .isEqualTo("account.error.focal-cities");
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "fp2-" + suffix,
                        "Member",
                        Role.CITY_MEMBER,
                        world.cityA1,
                        null,
                        Language.FR,
                        Set.of(world.cityA2))))
                .isInstanceOf(InvalidOrganisationInputException.class);
        accounts.create(new NewUser(
                "fp-" + suffix, "Focal", Role.NATIONAL_FOCAL_POINT, null, null, Language.FR, Set.of(world.cityA2)));
        UserSummary created = accounts.manageableUsers().stream()
                .filter(user -> user.username().equals("fp-" + suffix))
                .findFirst()
                .orElseThrow();
        assertThat(created.focalCities()).containsExactly(world.cityA2);
        accounts.linkCities(created.id(), Set.of(world.cityA1, world.cityB1));
        assertThatThrownBy(() -> accounts.changeRole(created.id(), Role.ADMINISTRATOR))
                .isInstanceOf(InvalidOrganisationInputException.class);

        signIn("fp-" + suffix);
        assertThat(organisation.visibleCities())
                .extracting(city -> city.id())
                .containsExactlyInAnyOrder(world.cityA1, world.cityB1);
        assertThat(organisation.visibleHubs()).isEmpty();

        signIn(world.coordinatorA1);
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "fp3-" + suffix,
                        "Focal",
                        Role.NATIONAL_FOCAL_POINT,
                        null,
                        null,
                        Language.FR,
                        Set.of(world.cityA1))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.linkCities(created.id(), Set.of(world.cityA1)))
                .isInstanceOf(RuntimeException.class);
    }

    private void answer(String user, Item item, int level) {
        signIn(user);
        long version = service.answers(round, service.overview(round).perspective())
                .getOrDefault(item.id(), SavedAnswer.unanswered(item.id()))
                .version();
        service.save(round, item.id(), AnswerDraft.empty().withLevel(level), version);
    }
}
