package io.nlc.api;

import static io.nlc.testsupport.Fixtures.signIn;
import static io.nlc.testsupport.Fixtures.signOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Language;
import io.nlc.organisation.InvalidOrganisationInputException;
import io.nlc.organisation.NewUser;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.Role;
import io.nlc.organisation.UserAdministration;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.testsupport.RoundTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API over real HTTP: answers with a token of the hub, refuses without one, with a revoked or unknown one,
 * and with another hub's (404, as for an id that names nothing); bad ids; blind rating; the portfolio and the plan;
 * the OpenAPI document lists every endpoint and opens without a session. Run on H2 and PostgreSQL.
 */
abstract class ReadApiTests extends RoundTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApiClients clients;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    ActionPlans plans;

    @Autowired
    UserAdministration accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private String tokenA;
    private String tokenB;
    private long clientA;

    @BeforeEach
    void issueTokens() {
        signIn(world.admin);
        ApiClients.Issued a = clients.issue("Dashboard A " + suffix, world.hubA);
        tokenA = a.token();
        clientA = a.client().id();
        tokenB = clients.issue("Dashboard B " + suffix, world.hubB).token();
        signOut();
    }

    @Test
    void aTokenReadsItsHubsRoundsAndScores() throws Exception {
        answer(0, 3);
        HttpResponse<String> list = get("/api/v1/assessments", tokenA);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(list.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
        JsonNode mine = find(json.readTree(list.body()), round);
        assertThat(mine.get("city").get("id").asLong()).isEqualTo(world.cityA1);
        assertThat(mine.get("round").asString()).isEqualTo("2026");
        assertThat(mine.get("status").asString()).isEqualTo("DRAFT");
        assertThat(mine.get("answered").asInt()).isEqualTo(1);
        assertThat(mine.get("updatedAt").asString()).as("an ISO instant").matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        JsonNode scores = json.readTree(
                get("/api/v1/assessments/" + round + "/scores", tokenA).body());
        signIn(world.coordinatorA1);
        assertThat(scores.get("index").asDouble())
                .isEqualTo(service.score(round).index());
        assertThat(scores.get("completeness").asDouble())
                .isEqualTo(service.score(round).completeness());
        assertThat(scores.get("themes")).hasSize(service.themesInScope(round).size());
        assertThat(scores.get("themes").get(0).get("name").get("fr").asString()).isNotBlank();

        JsonNode one = json.readTree(get("/api/v1/assessments/" + round, tokenA).body());
        assertThat(one.get("frameworkVersion").asInt()).isPositive();
        assertThat(one.get("city").get("name").get("ar").asString()).endsWith("(ar)");
    }

    @Test
    void aTokenOfAnotherHubGetsNotFoundAsForAnIdThatNamesNothing() throws Exception {
        assertThat(ids(json.readTree(get("/api/v1/assessments", tokenB).body())))
                .doesNotContain(round);
        for (String path :
                List.of("/api/v1/assessments/%s", "/api/v1/assessments/%s/scores", "/api/v1/assessments/%s/plan")) {
            HttpResponse<String> foreign = get(path.formatted(round), tokenB);
            HttpResponse<String> unknown = get(path.formatted(999_999_999_999L), tokenB);
            assertThat(foreign.statusCode()).as(path).isEqualTo(404);
            assertThat(unknown.statusCode()).as(path).isEqualTo(404);
            assertThat(foreign.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(foreign.body()).get("detail"))
                    .isEqualTo(json.readTree(unknown.body()).get("detail"));
            assertThat(foreign.body()).doesNotContain("City A1");
        }
    }

    @Test
    void withoutATokenOrWithAnUnknownOrRevokedOneTheApiRefusesWithAProblem() throws Exception {
        HttpResponse<String> none = get("/api/v1/assessments", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        JsonNode problem = json.readTree(none.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("bearer token is required");

        HttpResponse<String> basic = send("GET", "/api/v1/assessments", Map.of("Authorization", "Basic YWRtaW46eA=="));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(json.readTree(basic.body()).get("detail").asString()).contains("Only bearer tokens");

        HttpResponse<String> unknown = get("/api/v1/assessments", "nlc_" + "x".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unknown.body()).get("detail").asString()).isEqualTo("This token is not known.");
        assertThat(get("/api/v1/assessments", "not a token at all").statusCode())
                .isEqualTo(401);

        assertThat(get("/api/v1/assessments", tokenA).statusCode()).isEqualTo(200);
        signIn(world.admin);
        clients.revoke(clientA);
        signOut();
        HttpResponse<String> revoked = get("/api/v1/assessments", tokenA);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(json.readTree(revoked.body()).get("detail").asString()).isEqualTo("This token has been revoked.");
        assertThat(get("/api/v1/assessments", tokenB).statusCode())
                .as("only that one")
                .isEqualTo(200);
    }

    @Test
    void aBadIdOrModeIsABadRequest() throws Exception {
        for (String id : List.of("abc", "-1", "1234567890123456789", "12.5", "%20")) {
            HttpResponse<String> bad = get("/api/v1/assessments/" + id + "/scores", tokenA);
            assertThat(bad.statusCode()).as(id).isEqualTo(400);
            assertThat(json.readTree(bad.body()).get("detail").asString()).contains("1 to 18 digits");
        }
        HttpResponse<String> mode = get("/api/v1/portfolio?mode=EVERYTHING", tokenA);
        assertThat(mode.statusCode()).isEqualTo(400);
        assertThat(json.readTree(mode.body()).get("detail").asString()).contains("'mode'");
        HttpResponse<String> nowhere = get("/api/v1/nowhere", tokenA);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theApiOnlyReads() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> write =
                    send(method, "/api/v1/assessments", Map.of("Authorization", "Bearer " + tokenA));
            assertThat(write.statusCode()).as(method).isEqualTo(405);
            assertThat(write.headers().firstValue("Allow")).hasValue("GET");
        }
        assertThat(send("POST", "/api/v1/assessments", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void nationalRatingsStayHiddenWhileTheCityRatesBlind() throws Exception {
        answer(0, 3);
        signIn(world.nationalA1B1);
        service.save(round, roundItems.get(0).id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        signOut();

        JsonNode blind = json.readTree(
                get("/api/v1/assessments/" + round + "/scores", tokenA).body());
        assertThat(blind.get("nationalHidden").asBoolean()).isTrue();
        assertThat(blind.get("national").isNull()).isTrue();

        signIn(world.coordinatorA1);
        workflow.submit(round, "A first look");
        String theme = service.themesInScope(round).getFirst().id();
        signOut();
        JsonNode open = json.readTree(
                get("/api/v1/assessments/" + round + "/scores", tokenA).body());
        assertThat(open.get("nationalHidden").asBoolean()).isFalse();
        assertThat(open.get("national").get("divergentItems").asInt()).isEqualTo(1);
        assertThat(open.get("national").get("themeScores").get(theme).isNumber())
                .isTrue();
    }

    @Test
    void thePortfolioHoldsTheHubsCitiesOnly() throws Exception {
        answer(0, 2);
        JsonNode portfolio = json.readTree(get("/api/v1/portfolio", tokenA).body());
        assertThat(portfolio.get("hubId").asLong()).isEqualTo(world.hubA);
        assertThat(portfolio.get("mode").asString()).isEqualTo("LATEST");
        List<Long> cities = new ArrayList<>();
        portfolio
                .get("cities")
                .forEach(city -> cities.add(city.get("city").get("id").asLong()));
        assertThat(cities).containsExactlyInAnyOrder(world.cityA1, world.cityA2);
        JsonNode a1 = portfolio.get("cities").get(cities.indexOf(world.cityA1));
        assertThat(a1.get("assessmentId").asLong()).isEqualTo(round);
        assertThat(a1.get("plan").get("actions").asInt()).isZero();

        JsonNode validated = json.readTree(
                get("/api/v1/portfolio?mode=LATEST_VALIDATED", tokenA).body());
        assertThat(validated.get("cities").get(0).get("assessmentId").isNull()).isTrue();
        JsonNode other = json.readTree(get("/api/v1/portfolio", tokenB).body());
        assertThat(other.get("hubId").asLong()).isEqualTo(world.hubB);
        assertThat(other.get("cities")).hasSize(1);
    }

    @Test
    void thePlanListsTheRoundsActions() throws Exception {
        signIn(world.coordinatorA1);
        String theme = service.themesInScope(round).getFirst().id();
        long action = plans.create(
                        world.cityA1,
                        new ActionDraft(
                                round,
                                "Meet the prefecture",
                                "Quarterly",
                                null,
                                "Province",
                                null,
                                LocalDate.of(2031, 1, 15),
                                Set.of(theme)))
                .id();
        signOut();
        JsonNode plan = json.readTree(
                get("/api/v1/assessments/" + round + "/plan", tokenA).body());
        assertThat(plan.get("cityId").asLong()).isEqualTo(world.cityA1);
        assertThat(plan.get("actions")).hasSize(1);
        JsonNode first = plan.get("actions").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(action);
        assertThat(first.get("title").asString()).isEqualTo("Meet the prefecture");
        assertThat(first.get("owner").asString()).isEqualTo("Province");
        assertThat(first.get("status").asString()).isEqualTo("PLANNED");
        assertThat(first.get("dueDate").asString()).isEqualTo("2031-01-15");
        assertThat(first.get("targets").get(0).asString()).isEqualTo(theme);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointWithTheBearerSchemeAndOpensWithoutASession() throws Exception {
        HttpResponse<String> document = get(ApiSecurity.OPENAPI_PATH, null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Set-Cookie")).isEmpty();
        JsonNode spec = json.readTree(document.body());
        List<String> documented = new ArrayList<>();
        spec.get("paths").propertyNames().forEach(documented::add);
        List<String> endpoints = Arrays.stream(ReadApiController.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(GetMapping.class)
                        && !method.isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class))
                .map(ReadApiTests::path)
                .toList();
        assertThat(endpoints).hasSize(5);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(endpoints);
        assertThat(spec.get("components")
                        .get("securitySchemes")
                        .get("bearer")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(spec.get("security").get(0).has("bearer")).isTrue();
        for (String round : List.of("", "/scores", "/plan")) {
            JsonNode responses = spec.get("paths")
                    .get("/api/v1/assessments/{id}" + round)
                    .get("get")
                    .get("responses");
            for (String refusal : List.of("400", "404")) {
                assertThat(responses.get(refusal).get("content").has("application/problem+json"))
                        .as(round + " " + refusal)
                        .isTrue();
            }
        }

        HttpResponse<String> page = get(ApiSecurity.DOCS_PATH, null);
        assertThat(page.statusCode()).isEqualTo(302);
        String ui = page.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> html =
                get(URI.create("http://localhost:" + port + "/").resolve(ui).getRawPath(), null);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("swagger-ui");
        assertThat(html.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval"));
    }

    @Test
    void administratorsIssueAndRevokeAndTheTrailSaysWhoTokensAreKeptAsHashesOnly() {
        signIn(world.admin);
        ApiClients.Issued issued = clients.issue("  Observatory " + suffix + "  ", world.hubA);
        assertThat(issued.token()).matches(ApiClients.TOKEN.pattern());
        assertThat(issued.client().name()).isEqualTo("Observatory " + suffix);
        assertThat(issued.client().tokenPrefix()).isEqualTo(issued.token().substring(0, 12));
        Map<String, Object> row = jdbc.queryForMap(
                "select * from api_client where id = ?", issued.client().id());
        assertThat(row.values()).doesNotContain(issued.token());
        assertThat(row.get("token_hash")).isEqualTo(ApiClients.hash(issued.token()));

        clients.revoke(issued.client().id());
        clients.revoke(issued.client().id());
        ApiClients.Client listed = clients.clients().stream()
                .filter(client -> client.id() == issued.client().id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.active()).isFalse();
        assertThat(listed.revokedBy()).isEqualTo("Name of " + world.admin);
        List<ApiClients.TrailEntry> trail = clients.trail().stream()
                .filter(entry -> entry.clientName().equals("Observatory " + suffix))
                .toList();
        assertThat(trail).extracting(ApiClients.TrailEntry::issued).containsExactly(false, true);
        assertThat(trail).allSatisfy(entry -> assertThat(entry.by()).isEqualTo("Name of " + world.admin));

        assertThatThrownBy(() -> clients.issue(" ", world.hubA))
                .isInstanceOfSatisfying(
                        InvalidApiClientException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> clients.issue("Evil \u202E name", world.hubA))
                .isInstanceOf(InvalidApiClientException.class);
        assertThatThrownBy(() -> clients.issue("Nowhere", 999_999_999L))
                .isInstanceOfSatisfying(
                        InvalidApiClientException.class,
                        e -> assertThat(e.field()).isEqualTo("hub"));
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "api-" + suffix, "Api " + suffix, Role.API_CLIENT, null, null, Language.EN, Set.of())))
                .as("no account is an API client")
                .isInstanceOf(InvalidOrganisationInputException.class);

        for (String user : List.of(world.advisorA, world.coordinatorA1, world.nationalA1B1)) {
            signIn(user);
            assertThatThrownBy(() -> clients.issue("Mine", world.hubA)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> clients.clients()).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> clients.revoke(clientA)).isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void aCallRecordsTheClientsLastUse() throws Exception {
        assertThat(get("/api/v1/portfolio", tokenA).statusCode()).isEqualTo(200);
        signIn(world.admin);
        assertThat(clients.clients().stream()
                        .filter(client -> client.id() == clientA)
                        .findFirst()
                        .orElseThrow()
                        .lastUsedAt())
                .isNotNull();
    }

    private void answer(int item, int level) {
        signIn(world.memberA1);
        service.save(round, roundItems.get(item).id(), AnswerDraft.empty().withLevel(level), SavedAnswer.NEW);
        signOut();
    }

    private static String path(Method method) {
        return ReadApiController.BASE + method.getAnnotation(GetMapping.class).value()[0];
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.get("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("No round " + id + " in " + list);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
