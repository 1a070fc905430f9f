package io.nlc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.Perspective;
import io.nlc.assessment.SavedAnswer;
import io.nlc.assignment.Assignments;
import io.nlc.content.FrameworkCatalog;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.Organisation;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.portfolio.PortfolioRow;
import io.nlc.results.AssessmentResults;
import io.nlc.results.NationalComparison;
import io.nlc.results.PeerComparison;
import io.nlc.scoring.ThemeScore;
import io.nlc.testsupport.Fixtures;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo profile on an empty database: every round has its own shape (completeness, index, targets, strong and
 * weak themes), one city is left without a round for the "start an assessment" walk-through, and the peer median,
 * the trend and the national comparison all have something to show. Run on H2 and on PostgreSQL.
 */
abstract class DemoDataTests {

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    AssessmentService assessments;

    @Autowired
    HubPortfolio portfolio;

    @Autowired
    Organisation organisation;

    @Autowired
    Assignments assignments;

    @Autowired
    FrameworkCatalog catalog;

    @Autowired
    io.nlc.plan.ActionPlans plans;

    @Autowired
    io.nlc.workshop.Raters raters;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void everyRoundHasItsOwnCompletenessIndexTargetsAndStrongAndWeakThemes() {
        Fixtures.signIn("admin");
        List<AssessmentSummary> rounds = assessments.visibleAssessments();
        assertThat(rounds).hasSizeGreaterThanOrEqualTo(6);
        assertThat(rounds.stream()
                        .map(AssessmentSummary::completeness)
                        .distinct()
                        .count())
                .as("completeness of each round")
                .isEqualTo(rounds.size());
        List<AssessmentResults> results =
                rounds.stream().map(round -> resultsService.results(round.id())).toList();
        assertThat(results.stream()
                        .map(result -> result.score().index())
                        .distinct()
                        .count())
                .as("overall index of each round")
                .isEqualTo(rounds.size());
        assertThat(rounds.stream()
                        .mapToDouble(AssessmentSummary::completeness)
                        .min()
                        .orElseThrow())
                .as("one round just begun")
                .isLessThan(0.35);
        assertThat(rounds.stream()
                        .mapToDouble(AssessmentSummary::completeness)
                        .max()
                        .orElseThrow())
                .as("one round (nearly) complete")
                .isGreaterThan(0.9);
        assertThat(results.stream()
                        .map(result -> result.overview().targets())
                        .distinct()
                        .count())
                .as("targets differ from round to round")
                .isGreaterThanOrEqualTo(4);
        List<AssessmentResults> scored = results.stream()
                .filter(result -> result.score().themes().stream()
                                .filter(ThemeScore::scored)
                                .count()
                        >= 4)
                .toList();
        assertThat(scored.stream()
                        .map(result -> strongest(result, Comparator.reverseOrder()))
                        .distinct()
                        .count())
                .as("strongest theme")
                .isGreaterThanOrEqualTo(3);
        assertThat(scored.stream()
                        .map(result -> strongest(result, Comparator.naturalOrder()))
                        .distinct()
                        .count())
                .as("weakest theme")
                .isGreaterThanOrEqualTo(3);
    }

    private static String strongest(AssessmentResults result, Comparator<Double> order) {
        return result.score().themes().stream()
                .filter(ThemeScore::scored)
                .min(Comparator.comparing(ThemeScore::score, order))
                .orElseThrow()
                .themeId();
    }

    @Test
    void oneValidatedRoundStaysOnFrameworkVersionOneAndEveryLaterRoundIsOnTheNewest() {
        Fixtures.signIn("admin");
        Map<Integer, List<AssessmentSummary>> byVersion = assessments.visibleAssessments().stream()
                .collect(Collectors.groupingBy(
                        round -> assessments.overview(round.id()).frameworkVersion()));
        assertThat(byVersion.keySet())
                .containsExactlyInAnyOrder(1, catalog.current().version());
        assertThat(byVersion.get(1)).singleElement().satisfies(round -> {
            assertThat(round.city().communeCode()).isEqualTo("RBT");
            assertThat(round.roundLabel()).isEqualTo("2024");
            assertThat(round.status()).isEqualTo(AssessmentStatus.VALIDATED);
        });
    }

    @Test
    void tangierIsTheOnlyCityWithoutARoundAndTheReadmeStatesHold() {
        Fixtures.signIn("admin");
        Set<Long> withRounds = assessments.visibleAssessments().stream()
                .map(round -> round.city().id())
                .collect(Collectors.toSet());
        assertThat(organisation.visibleCities().stream()
                        .filter(city -> !withRounds.contains(city.id()))
                        .map(CityRef::communeCode))
                .containsExactly("TNG");

        Map<String, AssessmentStatus> fes = statuses("coordinator.fes");
        assertThat(fes).containsEntry("2025", AssessmentStatus.VALIDATED).containsEntry("2026", AssessmentStatus.DRAFT);
        assertThat(statuses("coordinator.marrakech")).containsEntry("2026", AssessmentStatus.SUBMITTED);
        for (String peer : List.of("coordinator.rabat", "coordinator.tetouan", "coordinator.agadir")) {
            assertThat(statuses(peer)).as(peer).containsEntry("2025", AssessmentStatus.VALIDATED);
        }
        Fixtures.signIn("member.fes");
        assertThat(assignments.myItems(true)).as("Nadia's open items").isNotEmpty();
    }

    @Test
    void fesHasAPlanUnderWayThatTheAdvisorSeesInThePortfolio() {
        Fixtures.signIn("coordinator.fes");
        long fes = organisation.currentUser().cityId();
        List<io.nlc.plan.PlannedAction> plan = plans.plan(fes, io.nlc.plan.PlanFilter.all());
        assertThat(plan)
                .extracting(io.nlc.plan.PlannedAction::status)
                .containsExactly(
                        io.nlc.plan.ActionStatus.DONE, io.nlc.plan.ActionStatus.IN_PROGRESS,
                        io.nlc.plan.ActionStatus.DROPPED, io.nlc.plan.ActionStatus.PLANNED);
        assertThat(plan)
                .extracting(io.nlc.plan.PlannedAction::roundLabel)
                .containsExactly("2025", "2025", "2025", "2026");
        assertThat(plan.get(1).overdue())
                .as("the dashboard was due in June 2026")
                .isTrue();
        assertThat(plan.get(0).notes()).hasSize(1);
        assertThat(plans.myActions())
                .as("Karim's overdue dashboard on his home page")
                .singleElement()
                .satisfies(action -> assertThat(action.overdue()).isTrue());
        Fixtures.signIn("member.fes");
        assertThat(plans.myActions())
                .as("Nadia's done and dropped actions are not open")
                .isEmpty();
        Fixtures.signIn("advisor.mena");
        long hub = organisation.visibleHubs().getFirst().id();
        assertThat(plans.hubProgress(hub)).containsEntry(fes, new io.nlc.plan.PlanProgress(4, 1, 1));
    }

    @Test
    void thePoliceRateFesTrustThemeWithNadiaAndTheyDisagreeOnItsFirstItem() {
        Fixtures.signIn("police.fes", io.nlc.organisation.Role.RATER);
        assertThat(organisation.visibleCities()).as("a rater sees no city").isEmpty();
        List<io.nlc.workshop.RaterTask> tasks = raters.myTasks();
        assertThat(tasks)
                .isNotEmpty()
                .allSatisfy(task -> assertThat(task.item().themeId()).isEqualTo("T3"));
        assertThat(tasks.stream().filter(task -> task.mine() != null)).hasSize(2);
        Fixtures.signIn("coordinator.fes");
        long fes2026 = tasks.getFirst().assessmentId();
        assertThat(raters.disagreements(fes2026)).singleElement().satisfies(spread -> {
            assertThat(spread.itemId()).isEqualTo(tasks.getFirst().item().id());
            assertThat(spread.count())
                    .as("the police, the association and Nadia")
                    .isEqualTo(3);
            assertThat(spread.range()).isEqualTo(2);
        });
    }

    private Map<String, AssessmentStatus> statuses(String coordinator) {
        Fixtures.signIn(coordinator);
        return assessments.visibleAssessments().stream()
                .collect(Collectors.toMap(AssessmentSummary::roundLabel, AssessmentSummary::status));
    }

    @Test
    void aConsentingCitySeesThePeerMedianAndItDiffersFromItsOwnScores() {
        Fixtures.signIn("coordinator.rabat");
        AssessmentSummary rabat = round("2025");
        assertThat(organisation.peerConsent(rabat.city().id())).isTrue();
        PeerComparison peers = resultsService.peerMedians(rabat.id());
        assertThat(peers.available()).isTrue();
        assertThat(peers.peers()).isGreaterThanOrEqualTo(PeerComparison.MIN_PEERS);
        assertThat(peers.medians()).hasSize(6);
        Map<String, Double> own = resultsService.results(rabat.id()).score().themes().stream()
                .filter(ThemeScore::scored)
                .collect(Collectors.toMap(ThemeScore::themeId, ThemeScore::score));
        assertThat(peers.medians()).isNotEqualTo(own);

        Fixtures.signIn("coordinator.fes");
        assertThat(resultsService.peerMedians(round("2026").id()).available())
                .as("Fès sees it too")
                .isTrue();
    }

    @Test
    void fesShowsATrendAndTheNationalViewAgreesOnSomeItemsAndDiffersByOneOrTwoLevelsOnOthers() {
        Fixtures.signIn("advisor.mena");
        long hub = organisation.visibleHubs().getFirst().id();
        PortfolioRow fes = portfolio
                .rows(hub, new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.CITY, false), 0, 100)
                .stream()
                .filter(row -> row.city().communeCode().equals("FES"))
                .findFirst()
                .orElseThrow();
        assertThat(fes.trend())
                .as("Fès 2026 against its validated 2025")
                .isNotNull()
                .isNotZero();
        Set<Double> validatedTrends = portfolio
                .rows(
                        hub,
                        new PortfolioQuery(PortfolioMode.LATEST_VALIDATED, null, PortfolioQuery.Sort.CITY, false),
                        0,
                        100)
                .stream()
                .map(PortfolioRow::trend)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(validatedTrends).as("trends between validated rounds").isNotEmpty();

        Fixtures.signIn("coordinator.fes");
        long fes2026 = round("2026").id();
        Fixtures.signIn("advisor.mena");
        NationalComparison national = resultsService.results(fes2026).national();
        assertThat(national).isNotNull();
        Set<Integer> sizes = national.divergences().stream()
                .map(d -> Math.abs(d.difference()))
                .collect(Collectors.toSet());
        assertThat(sizes).contains(1, 2);
        Map<String, SavedAnswer> local = assessments.answers(fes2026, Perspective.LOCAL);
        Set<String> agreeing = new HashSet<>();
        assessments.answers(fes2026, Perspective.NATIONAL).forEach((item, answer) -> {
            SavedAnswer ours = local.get(item);
            if (ours != null
                    && answer.draft().level() != null
                    && answer.draft().level().equals(ours.draft().level())) {
                agreeing.add(item);
            }
        });
        assertThat(agreeing).as("items both sides rate alike").hasSizeGreaterThanOrEqualTo(2);
        assertThat(national.divergences().size()).as("a few differ, not all").isLessThan(local.size());
    }

    @Autowired
    io.nlc.progress.RoundChanges changes;

    @Test
    void fesHasTwoPastRoundsAndIts2026WasCarriedOverFrom2025WithReasonsAndAnswersLeftToConfirm() {
        assertThat(statuses("coordinator.fes")).containsEntry("2024", AssessmentStatus.VALIDATED);
        long fes2025 = round("2025").id();
        long fes2026 = round("2026").id();
        Map<String, SavedAnswer> answers = assessments.answers(fes2026);
        assertThat(answers.values())
                .allSatisfy(answer ->
                        assertThat(answer.carryOver().fromAssessmentId()).isEqualTo(fes2025));
        assertThat(answers.get("T1.1").carryOver().justification()).startsWith("Nouvelle délibération");
        assertThat(answers.get("T1.5").carryOver().justification()).startsWith("L'engagement public");
        assertThat(answers.get("T1.2").carryOver().justification())
                .as("confirmed unchanged")
                .isNull();
        assertThat(answers.get("T1.2").toConfirm()).isFalse();
        // Nadia's T4.5 and T5.3 and the T6 items waiting for the social affairs' data.
        assertThat(answers.values().stream().filter(SavedAnswer::toConfirm).map(SavedAnswer::itemId))
                .containsExactlyInAnyOrder("T4.5", "T5.3", "T6.4", "T6.5");

        // 2025 "223 212 12?1 110 21? 10?0" against 2026 "322 321 2211 2?. 1?. 2?..", by hand: 13 answers moved.
        io.nlc.progress.RoundComparison comparison = changes.compare(fes2025, fes2026);
        assertThat(comparison.items().stream().filter(io.nlc.progress.RoundComparison.ItemChange::changed))
                .extracting(io.nlc.progress.RoundComparison.ItemChange::itemId)
                .containsExactly(
                        "T1.1", "T1.5", "T2.1", "T2.2", "T2.4", "T3.1", "T3.6", "T4.1", "T4.2", "T5.1", "T5.2", "T6.1",
                        "T6.2");
        assertThat(comparison.acrossVersions()).isFalse();
        assertThat(changes.trend(organisation.currentUser().cityId()).rounds())
                .as("the submitted rounds; 2026 is still a draft")
                .extracting(round -> round.roundLabel())
                .containsExactly("2024", "2025");
    }

    private AssessmentSummary round(String label) {
        return assessments.visibleAssessments().stream()
                .filter(round -> round.roundLabel().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
