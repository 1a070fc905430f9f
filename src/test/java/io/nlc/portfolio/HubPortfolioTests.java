package io.nlc.portfolio;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.NotPermittedException;
import io.nlc.results.PeerComparison;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hub portfolio on every database: which round is shown, scores, trend, filters, order and who may see it. */
abstract class HubPortfolioTests extends WorldTest {

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    HubPortfolio portfolio;

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    io.nlc.organisation.Organisation organisation;

    @Test
    void showsLatestValidatedRoundWithTrendAndTheRoundInProgress() {
        long round2025 = roundAnsweredAt(world.cityA1, world.coordinatorA1, "2025", 1);
        validate(round2025, world.coordinatorA1);
        long round2026 = roundAnsweredAt(world.cityA1, world.coordinatorA1, "2026", 3);
        validate(round2026, world.coordinatorA1);
        long draft2027 = roundAnsweredAt(world.cityA1, world.coordinatorA1, "2027", 2);

        signIn(world.advisorA);
        PortfolioQuery validated =
                new PortfolioQuery(PortfolioMode.LATEST_VALIDATED, null, PortfolioQuery.Sort.CITY, false);
        List<PortfolioRow> rows = portfolio.rows(world.hubA, validated, 0, 50);
        assertThat(rows).extracting(row -> row.city().id()).containsExactly(world.cityA1, world.cityA2);
        PortfolioRow a1 = rows.getFirst();
        assertThat(a1.assessmentId()).isEqualTo(round2026);
        assertThat(a1.status()).isEqualTo(AssessmentStatus.VALIDATED);
        assertThat(a1.index()).isCloseTo(75.0, within(1e-9));
        assertThat(a1.themeScores()).containsEntry("T1", 75.0).hasSize(6);
        assertThat(a1.themeLevels()).containsEntry("T1", 3);
        assertThat(a1.trend()).isCloseTo(50.0, within(1e-9));
        assertThat(rows.get(1).assessmentId()).as("A2 has no validated round").isNull();

        PortfolioRow inProgress = portfolio
                .rows(
                        world.hubA,
                        new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.CITY, false),
                        0,
                        50)
                .getFirst();
        assertThat(inProgress.assessmentId()).isEqualTo(draft2027);
        assertThat(inProgress.index()).isCloseTo(50.0, within(1e-9));
        assertThat(inProgress.trend()).isCloseTo(-25.0, within(1e-9));

        // The default view: each city's latest round whatever its status, so no city is a row of dashes.
        List<PortfolioRow> latest = portfolio.rows(
                world.hubA, new PortfolioQuery(PortfolioMode.LATEST, null, PortfolioQuery.Sort.CITY, false), 0, 50);
        assertThat(latest.getFirst().assessmentId()).isEqualTo(draft2027);
        assertThat(latest.getFirst().status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(latest.get(1).assessmentId()).as("A2 has no round at all").isNull();
    }

    @Test
    void filtersByRegionSortsAndPages() {
        roundAnsweredAt(world.cityA2, world.coordinatorA2, "2026", 4);
        roundAnsweredAt(world.cityA1, world.coordinatorA1, "2026", 1);
        signIn(world.advisorA);
        PortfolioQuery byIndex = new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.INDEX, true);
        assertThat(portfolio.rows(world.hubA, byIndex, 0, 50))
                .extracting(row -> row.city().id())
                .containsExactly(world.cityA2, world.cityA1);
        assertThat(portfolio.rows(world.hubA, byIndex, 1, 1))
                .extracting(row -> row.city().id())
                .containsExactly(world.cityA1);
        assertThat(portfolio.count(world.hubA, byIndex)).isEqualTo(2);
        PortfolioQuery elsewhere =
                new PortfolioQuery(PortfolioMode.IN_PROGRESS, "Region B", PortfolioQuery.Sort.CITY, false);
        assertThat(portfolio.count(world.hubA, elsewhere)).isZero();
        assertThat(portfolio.regions(world.hubA, Language.FR)).containsExactly(Map.entry("Region A", "Region A"));
        assertThat(portfolio.regions(world.hubA, Language.AR)).containsExactly(Map.entry("Region A", "جهة أ"));
    }

    @Test
    void onlyTheHubsAdvisorsAndAdministratorsSeeThePortfolio() {
        PortfolioQuery query = new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.CITY, false);
        for (String user : List.of(world.advisorB, world.coordinatorA1, world.memberA1, world.memberB1)) {
            signIn(user);
            assertThatThrownBy(() -> portfolio.rows(world.hubA, query, 0, 10))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> portfolio.hub(world.hubA)).as(user).isInstanceOf(NotPermittedException.class);
        }
        for (String user : List.of(world.advisorA, world.admin)) {
            signIn(user);
            assertThat(portfolio.count(world.hubA, query)).as(user).isEqualTo(2);
        }
    }

    @Test
    void peerMedianNeedsThreeConsentingCitiesAndShowsOnlyMedians() {
        long own = roundAnsweredAt(world.cityA1, world.coordinatorA1, "2026", 2);
        long cityA3 = setup.city(
                "A3-" + world.cityA1,
                new io.nlc.organisation.CityDetails(
                        world.hubA,
                        new io.nlc.content.LocalizedText("A3", "A3", "A3"),
                        "Province A",
                        "إقليم أ",
                        "Region A",
                        "جهة أ"));
        long cityA4 = setup.city(
                "A4-" + world.cityA1,
                new io.nlc.organisation.CityDetails(
                        world.hubA,
                        new io.nlc.content.LocalizedText("A4", "A4", "A4"),
                        "Province A",
                        "إقليم أ",
                        "Region A",
                        "جهة أ"));
        String coordinatorA3 = "coord-a3-" + world.cityA1;
        String coordinatorA4 = "coord-a4-" + world.cityA1;
        setup.user(
                coordinatorA3,
                Fixtures.PASSWORD,
                "A3 coordinator",
                io.nlc.organisation.Role.CITY_COORDINATOR,
                cityA3,
                null,
                io.nlc.content.Language.EN);
        setup.user(
                coordinatorA4,
                Fixtures.PASSWORD,
                "A4 coordinator",
                io.nlc.organisation.Role.CITY_COORDINATOR,
                cityA4,
                null,
                io.nlc.content.Language.EN);
        validate(roundAnsweredAt(world.cityA2, world.coordinatorA2, "2026", 1), world.coordinatorA2);
        validate(roundAnsweredAt(cityA3, coordinatorA3, "2026", 3), coordinatorA3);
        validate(roundAnsweredAt(cityA4, coordinatorA4, "2026", 4), coordinatorA4);
        consent(world.coordinatorA2, world.cityA2);
        consent(coordinatorA3, cityA3);

        signIn(world.memberA1);
        PeerComparison twoPeers = resultsService.peerMedians(own);
        assertThat(twoPeers.available()).isFalse();
        assertThat(twoPeers.peers()).isEqualTo(2);
        assertThat(twoPeers.medians()).isEmpty();

        consent(coordinatorA4, cityA4);
        signIn(world.memberA1);
        PeerComparison threePeers = resultsService.peerMedians(own);
        assertThat(threePeers.available()).isTrue();
        assertThat(threePeers.peers()).isEqualTo(3);
        // levels 1, 3 and 4 everywhere -> scores 25, 75, 100 -> median 75 for each of the six core themes
        assertThat(threePeers.medians())
                .hasSize(6)
                .allSatisfy((theme, median) -> assertThat(median).isEqualTo(75.0));

        assertThatThrownBy(() -> organisation.setPeerConsent(world.cityA1, true))
                .as("only coordinators decide")
                .isInstanceOf(NotPermittedException.class);
        signIn(world.memberB1);
        assertThatThrownBy(() -> resultsService.peerMedians(own)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(io.nlc.scoring.Median.of(List.of(50.0, 25.0, 100.0, 75.0))).isEqualTo(62.5);
        assertThat(io.nlc.scoring.Median.of(List.of(10.0, 30.0, 20.0))).isEqualTo(20.0);
    }

    private void consent(String coordinator, long city) {
        signIn(coordinator);
        organisation.setPeerConsent(city, true);
    }

    @Test
    void aChangedAnswerOrTargetShowsAtOnceDespiteTheScoreCache() {
        long round = roundAnsweredAt(world.cityA1, world.coordinatorA1, "2026", 2);
        PortfolioQuery inProgress =
                new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.INDEX, true);
        signIn(world.advisorA);
        assertThat(portfolio.rows(world.hubA, inProgress, 0, 10).getFirst().index())
                .isCloseTo(50.0, within(1e-9));

        signIn(world.memberA1);
        Item first = service.themesInScope(round).getFirst().items().getFirst();
        service.save(
                round,
                first.id(),
                AnswerDraft.empty().withLevel(4),
                service.answers(round).get(first.id()).version());
        signIn(world.advisorA);
        PortfolioRow changed = portfolio.rows(world.hubA, inProgress, 0, 10).getFirst();
        assertThat(changed.index()).isGreaterThan(50.0);
        assertThat(changed.themeScores().get("T1")).isGreaterThan(50.0);
    }

    private long roundAnsweredAt(long city, String coordinator, String label, int level) {
        signIn(coordinator);
        long id = service.start(new NewAssessment(city, label, Tier.CORE, Set.of(), Map.of()));
        for (var theme : service.themesInScope(id)) {
            for (Item item : theme.items()) {
                service.save(id, item.id(), AnswerDraft.empty().withLevel(level), SavedAnswer.NEW);
            }
        }
        return id;
    }

    private void validate(long id, String coordinator) {
        signIn(coordinator);
        workflow.submit(id, null);
        signIn(world.advisorA);
        workflow.startReview(id);
        workflow.validate(id, null);
    }
}
