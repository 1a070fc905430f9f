package io.nlc.api;

import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.HubRef;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlannedAction;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioRow;
import io.nlc.results.AssessmentResults;
import io.nlc.results.NationalComparison;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the read API answers: records with stable field names, written for the API rather than passed through from the
 * services, so that a change in a screen's record does not change the API. Times are ISO-8601 instants (UTC), dates
 * ISO-8601 days, scores 0 to 100, levels 0 to 4, completeness 0 to 1.
 */
final class ApiModel {

    private ApiModel() {}

    @Schema(description = "A name in the app's three languages")
    record Names(String en, String fr, String ar) {

        static Names of(LocalizedText text) {
            return new Names(text.en(), text.fr(), text.ar());
        }
    }

    @Schema(description = "A city of the hub")
    record City(
            long id,

            @Schema(description = "The commune's official code")
            String communeCode,

            Names name,
            String province,
            String region) {

        static City of(CityRef city) {
            return new City(city.id(), city.communeCode(), Names.of(city.name()), city.province(), city.region());
        }
    }

    @Schema(description = "A round of a city of the hub, with its progress")
    record AssessmentItem(
            long id,
            City city,
            String round,

            @Schema(description = "CORE (the one-day scan) or DETAILED (the full assessment)")
            Tier tier,

            AssessmentStatus status,
            int answered,
            int applicable,

            @Schema(description = "answered / applicable, 0 to 1")
            double completeness,

            Instant updatedAt) {

        static AssessmentItem of(AssessmentSummary summary) {
            return new AssessmentItem(
                    summary.id(),
                    City.of(summary.city()),
                    summary.roundLabel(),
                    summary.tier(),
                    summary.status(),
                    summary.answered(),
                    summary.applicable(),
                    summary.completeness(),
                    summary.updatedAt());
        }
    }

    @Schema(description = "One round: its city, status, framework version, scope and targets")
    record Assessment(
            long id,
            City city,
            String round,
            Tier tier,
            AssessmentStatus status,

            @Schema(description = "The framework version the round is pinned to")
            int frameworkVersion,

            @Schema(description = "Topic modules chosen besides the core themes")
            Set<String> modules,

            @Schema(description = "Target level 0 to 4 per theme id")
            Map<String, Integer> targets,

            Instant createdAt,
            Instant updatedAt) {

        static Assessment of(AssessmentOverview overview) {
            return new Assessment(
                    overview.id(),
                    City.of(overview.city()),
                    overview.roundLabel(),
                    overview.tier(),
                    overview.status(),
                    overview.frameworkVersion(),
                    Set.copyOf(overview.modules()),
                    Map.copyOf(overview.targets()),
                    overview.createdAt(),
                    overview.updatedAt());
        }
    }

    @Schema(description = "A theme's score; score, maturity, level and gap are null while no item has a level")
    record ThemeResult(
            String themeId,
            Names name,
            @Schema(description = "0 to 100") @Nullable Double score,

            @Schema(description = "Maturity band 0 to 4 the score falls in") @Nullable
            Integer maturity,

            @Schema(description = "The score on the 0 to 4 level scale") @Nullable
            Double currentLevel,

            int target,

            @Schema(description = "target - current level, never below 0") @Nullable
            Double gap,

            int items,
            int applicable,
            int answered,
            double completeness) {

        static ThemeResult of(ThemeScore score, Names name) {
            return new ThemeResult(
                    score.themeId(),
                    name,
                    score.score(),
                    score.maturity(),
                    score.currentLevel(),
                    score.target(),
                    score.gap(),
                    score.items(),
                    score.applicable(),
                    score.answered(),
                    score.completeness());
        }
    }

    @Schema(description = "The national focal points' rating of the round, scored like the city's")
    record National(
            @Nullable Double index,
            double completeness,
            Map<String, @Nullable Double> themeScores,
            int divergentItems) {

        static National of(NationalComparison comparison) {
            AssessmentScore score = comparison.nationalScore();
            Map<String, @Nullable Double> themes = new java.util.LinkedHashMap<>();
            score.themes().forEach(theme -> themes.put(theme.themeId(), theme.score()));
            return new National(
                    score.index(),
                    score.completeness(),
                    themes,
                    comparison.divergences().size());
        }
    }

    @Schema(description = "A round's scores: the overall index, completeness and every theme in scope")
    record Scores(
            long assessmentId,
            String round,
            AssessmentStatus status,
            int frameworkVersion,

            @Schema(description = "Weighted mean of the scored themes, 0 to 100; null while none is scored") @Nullable
            Double index,

            @Nullable Integer maturity,
            double completeness,
            int applicable,
            int answered,
            int dontKnow,
            List<ThemeResult> themes,

            @Schema(
                    description = "The national view; null while no focal point rated the round, or while the "
                            + "city still rates blind (see nationalHidden)")
            @Nullable
            National national,

            @Schema(
                    description = "True while the round is a draft: the city rates blind, so no national figure is "
                            + "given")
            boolean nationalHidden) {

        static Scores of(AssessmentResults results) {
            AssessmentScore score = results.score();
            Map<String, Theme> themes =
                    results.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
            NationalComparison national = results.national();
            return new Scores(
                    results.overview().id(),
                    results.overview().roundLabel(),
                    results.overview().status(),
                    results.overview().frameworkVersion(),
                    score.index(),
                    score.maturity(),
                    score.completeness(),
                    score.applicable(),
                    score.answered(),
                    score.dontKnow(),
                    score.themes().stream()
                            .map(theme -> ThemeResult.of(
                                    theme, Names.of(themes.get(theme.themeId()).name())))
                            .toList(),
                    national == null ? null : National.of(national),
                    results.nationalHidden());
        }
    }

    @Schema(description = "An action of the city's plan that came from this round")
    record Action(
            long id,
            String title,
            String description,

            @Schema(description = "A team member's display name or an outside actor's name")
            String owner,

            ActionStatus status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,

            @Schema(description = "Open and past its due date (days in Morocco)")
            boolean overdue,

            @Schema(description = "Theme and item ids the action addresses")
            List<String> targets,

            Instant updatedAt) {

        static Action of(PlannedAction action) {
            return new Action(
                    action.id(),
                    action.title(),
                    action.description(),
                    action.owner(),
                    action.status(),
                    action.startDate(),
                    action.dueDate(),
                    action.overdue(),
                    action.targets(),
                    action.updatedAt());
        }
    }

    @Schema(description = "A round's action plan")
    record Plan(long assessmentId, long cityId, List<Action> actions) {}

    @Schema(description = "How far a city's action plan has come")
    record PlanCounts(int actions, int done, int overdue) {}

    @Schema(
            description = "A city of the hub portfolio with the round the mode chose; round fields are null when the "
                    + "city has no such round")
    record PortfolioCity(
            City city,
            @Nullable Long assessmentId,
            @Nullable String round,
            @Nullable AssessmentStatus status,
            @Nullable Double index,
            double completeness,

            @Schema(description = "Score 0 to 100 per core theme id (absent when unanswered)")
            Map<String, Double> themeScores,

            @Schema(description = "Maturity level 0 to 4 per core theme id")
            Map<String, Integer> themeLevels,

            @Nullable Instant lastActivity,

            @Schema(description = "Index minus that of the city's previous validated round") @Nullable
            Double trend,

            PlanCounts plan) {

        static PortfolioCity of(PortfolioRow row) {
            return new PortfolioCity(
                    City.of(row.city()),
                    row.assessmentId(),
                    row.roundLabel(),
                    row.status(),
                    row.index(),
                    row.completeness(),
                    row.themeScores(),
                    row.themeLevels(),
                    row.lastActivity(),
                    row.trend(),
                    new PlanCounts(
                            row.plan().actions(), row.plan().done(), row.plan().overdue()));
        }
    }

    @Schema(description = "The hub portfolio: every city of the client's hub")
    record Portfolio(long hubId, String hubCode, Names hubName, PortfolioMode mode, List<PortfolioCity> cities) {

        static Portfolio of(HubRef hub, PortfolioMode mode, List<PortfolioRow> rows) {
            return new Portfolio(
                    hub.id(),
                    hub.code(),
                    Names.of(hub.name()),
                    mode,
                    rows.stream().map(PortfolioCity::of).toList());
        }
    }
}
