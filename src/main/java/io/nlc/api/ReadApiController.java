package io.nlc.api;

import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.Organisation;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.PlanFilter;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.results.Results;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API: what the hub's screens show of its cities, for the hub's own dashboards. Every read goes through the
 * same checked services as the screens, as the signed-in token's {@code API_CLIENT} principal, which sees its hub's
 * cities only and no national rating of a round its city still rates blind.
 */
@RestController
@RequestMapping(path = ReadApiController.BASE, produces = "application/json")
@Tag(name = "Read API", description = "The hub's rounds, their scores and action plans, and the hub portfolio")
@ApiResponse(
        responseCode = "401",
        description = "No token, or an unknown or revoked one",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class ReadApiController {

    static final String BASE = "/api/v1";
    /** As for the screens' addresses: 1 to 18 digits, so that every id fits a long and is positive. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final AssessmentService assessments;
    private final Results results;
    private final ActionPlans plans;
    private final HubPortfolio portfolio;
    private final Organisation organisation;

    ReadApiController(
            AssessmentService assessments,
            Results results,
            ActionPlans plans,
            HubPortfolio portfolio,
            Organisation organisation) {
        this.assessments = assessments;
        this.results = results;
        this.plans = plans;
        this.portfolio = portfolio;
        this.organisation = organisation;
    }

    @GetMapping("/assessments")
    @Operation(summary = "Every round of the hub's cities, most recently changed first, with status and progress")
    List<ApiModel.AssessmentItem> assessments() {
        return assessments.visibleAssessments().stream()
                .map(ApiModel.AssessmentItem::of)
                .toList();
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "One round: city, status, framework version, scope and targets")
    @ApiResponse(responseCode = "200", description = "The round")
    @RoundRefusals
    ApiModel.Assessment assessment(@PathVariable @Parameter(description = "The round's id", example = "42") String id) {
        return ApiModel.Assessment.of(assessments.overview(id(id)));
    }

    @GetMapping("/assessments/{id}/scores")
    @Operation(
            summary = "A round's scores: overall index, completeness, every theme in scope",
            description = "The national view is given only once the city has submitted the round (blind rating).")
    @ApiResponse(responseCode = "200", description = "The scores")
    @RoundRefusals
    ApiModel.Scores scores(@PathVariable @Parameter(description = "The round's id", example = "42") String id) {
        return ApiModel.Scores.of(results.results(id(id)));
    }

    @GetMapping("/assessments/{id}/plan")
    @Operation(summary = "The actions of the city's plan that came from this round, in the order they were added")
    @ApiResponse(responseCode = "200", description = "The plan")
    @RoundRefusals
    ApiModel.Plan plan(@PathVariable @Parameter(description = "The round's id", example = "42") String id) {
        AssessmentOverview round = assessments.overview(id(id));
        List<ApiModel.Action> actions = plans.plan(round.city().id(), PlanFilter.all()).stream()
                .filter(action -> action.assessmentId() == round.id())
                .map(ApiModel.Action::of)
                .toList();
        return new ApiModel.Plan(round.id(), round.city().id(), actions);
    }

    @GetMapping("/portfolio")
    @Operation(summary = "The hub portfolio: every city of the client's hub with a round, its scores, trend and plan")
    @ApiResponse(responseCode = "200", description = "The portfolio, cities by name")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown mode",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ApiModel.Portfolio portfolio(
            @RequestParam(defaultValue = "LATEST")
                    @Parameter(
                            description = "Which round of each city: LATEST (any status), LATEST_VALIDATED or "
                                    + "IN_PROGRESS")
                    PortfolioMode mode) {
        // A client sees exactly one hub: its own.
        HubRef hub = organisation.visibleHubs().getFirst();
        PortfolioQuery query = new PortfolioQuery(mode, null, PortfolioQuery.Sort.CITY, false);
        return ApiModel.Portfolio.of(hub, mode, portfolio.rows(hub.id(), query, 0, portfolio.count(hub.id(), query)));
    }

    /** What an address with a round's id answers besides the round's data: springdoc reads meta-annotations. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a number of 1 to 18 digits",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such round in the client's hub",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @interface RoundRefusals {}

    /** Any other address under the API: a problem document rather than the screens' not-found page. */
    @Hidden
    @GetMapping("/**")
    void unknown() {
        throw new ApiProblems.UnknownAddressException();
    }

    private static long id(String id) {
        if (!ID.matcher(id).matches()) {
            throw new ApiProblems.BadIdException(id);
        }
        return Long.parseLong(id);
    }
}
