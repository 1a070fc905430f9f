package io.nlc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.nlc.api.ApiClients;
import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Tier;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.WorldTest;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Operations over real HTTP (README "Operations"): health and readiness open to all and nothing else of the
 * actuator, the metrics only with the scraper's token and moved by saves and sign-ins, HSTS behind a TLS proxy, a
 * new session id at sign-in, the idle time-out despite Vaadin's heartbeat, and no personal data in the log. Sessions
 * here time out after {@link #IDLE_SECONDS} (the container's own setting counts in minutes).
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "nlc.metrics.token=" + OperationsTest.TOKEN,
            // As behind the TLS proxy of the README: Tomcat trusts X-Forwarded-* from the local address only.
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"
        })
@Import(OperationsTest.ShortIdleTimeout.class)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends WorldTest {

    static final String TOKEN = "test-scraper-token-0123456789abcdef0123456789";
    static final int IDLE_SECONDS = 3;

    @TestConfiguration
    static class ShortIdleTimeout {
        @Bean
        HttpSessionListener shortIdleTimeout() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(IDLE_SECONDS);
                }
            };
        }
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** {@code security.SessionEndedNotice}'s cookie. */
    private static final String SESSION_MARK = "NLC_SIGNED_IN";

    @Autowired
    MeterRegistry meters;

    @Autowired
    I18NProvider i18n;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ApiClients apiClients;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthAndItsProbesAreOpenWithoutASessionAndNothingElseOfTheActuatorIs() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(path, Map.of());
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components");
            assertThat(health.headers().allValues("Set-Cookie"))
                    .as(path + ": a proxy's checks open no sessions")
                    .isEmpty();
        }
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics")) {
            HttpResponse<String> other = get(path, Map.of("Authorization", "Bearer " + TOKEN));
            assertThat(other.statusCode()).as(path).isNotEqualTo(200);
        }
        assertThat(healthGroups.get("readiness").isMember("db"))
                .as("readiness includes the database")
                .isTrue();
        assertThat(healthGroups.get("liveness").isMember("db"))
                .as("a database outage must not get the instance restarted")
                .isFalse();
    }

    @Test
    void theMetricsAreReadOnlyWithTheScrapersToken() throws Exception {
        for (Map<String, String> headers : List.of(
                Map.<String, String>of(),
                Map.of("Authorization", "Bearer wrong-" + TOKEN),
                Map.of("Authorization", "Bearer " + TOKEN.substring(1)))) {
            HttpResponse<String> refused = get("/actuator/prometheus", headers);
            assertThat(refused.statusCode()).as(headers.toString()).isNotEqualTo(200);
            assertThat(refused.body()).doesNotContain("nlc_");
        }
        HttpResponse<String> metrics = get("/actuator/prometheus", Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "nlc_answer_saves_total",
                        "nlc_answer_save_failures_total",
                        "nlc_answer_save_conflicts_total",
                        "nlc_signins_total",
                        "nlc_signin_failures_total",
                        "nlc_signin_throttled_total",
                        "nlc_sessions_open");
    }

    @Test
    void savesAndConflictsMoveTheirCounters() {
        Fixtures.signIn(world.coordinatorA1);
        long round = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        String item =
                assessments.themesInScope(round).getFirst().items().getFirst().id();
        double saves = count("nlc.answer.saves");
        double conflicts = count("nlc.answer.save.conflicts");

        assessments.save(round, item, level(2, ""), SavedAnswer.NEW);
        assertThat(count("nlc.answer.saves")).isEqualTo(saves + 1);

        assertThatThrownBy(() -> assessments.save(round, item, level(3, ""), SavedAnswer.NEW))
                .isInstanceOf(AnswerConflictException.class);
        assertThat(count("nlc.answer.save.conflicts")).isEqualTo(conflicts + 1);
        assertThat(count("nlc.answer.saves")).isEqualTo(saves + 1);
    }

    @Test
    void signInsFailuresAndThrottlingMoveTheirCountersAndTheSessionsAreCounted() throws Exception {
        double signIns = count("nlc.signins");
        double failures = count("nlc.signin.failures");
        double throttled = count("nlc.signin.throttled");

        assertThat(signIn(world.memberA1, Fixtures.PASSWORD).location()).doesNotContain("login");
        assertThat(count("nlc.signins")).isEqualTo(signIns + 1);
        assertThat(meters.get("nlc.sessions.open").gauge().value())
                .as("this one is open")
                .isGreaterThanOrEqualTo(1);

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(world.secondMemberA1, "wrong-" + i).location()).endsWith("/login?error");
        }
        assertThat(count("nlc.signin.failures")).isEqualTo(failures + 5);
        assertThat(signIn(world.secondMemberA1, Fixtures.PASSWORD).location())
                .as("the first wait, 1 s, told as a minute")
                .endsWith("/login?throttled=1");
        assertThat(count("nlc.signin.throttled")).isEqualTo(throttled + 1);
        assertThat(count("nlc.signins")).isEqualTo(signIns + 1);
    }

    /** What a person meets after losing their instance (or their idle time), rather than a bare sign-in page. */
    @Test
    void aSessionThatEndedWithoutSigningOutIsExplainedOnceOnTheSignInPage() throws Exception {
        SignIn signedIn = signIn(world.memberA1, Fixtures.PASSWORD);
        HttpResponse<String> home = get("/", Map.of("Cookie", signedIn.after()));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().allValues("Set-Cookie"))
                .as("a signed-in browser is marked, naming no one")
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(SESSION_MARK + "=1")
                        .contains("HttpOnly", "SameSite=Lax")
                        .doesNotContain(world.memberA1));
        // The instance that held the session is gone: the browser still sends the old session id, and the mark.
        HttpResponse<String> lost =
                get("/login", Map.of("Cookie", "JSESSIONID=gone-with-its-instance; " + SESSION_MARK + "=1"));
        Matcher language = Pattern.compile("<html lang=\"([a-z]+)\"").matcher(lost.body());
        assertThat(language.find()).as("the page's language").isTrue();
        String title = i18n.getTranslation("login.ended.title", Locale.forLanguageTag(language.group(1)));
        assertThat(lost.body()).contains(title);
        assertThat(lost.headers().allValues("Set-Cookie"))
                .as("said once")
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(SESSION_MARK + "=;")
                        .containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970"));

        assertThat(get("/login", Map.of()).body()).as("a first visit").doesNotContain(title);
    }

    @Test
    void behindTheTlsProxyPagesCarryHstsAndPlainHttpDoesNot() throws Exception {
        HttpResponse<String> secure = get("/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
        assertThat(secure.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("Secure"));

        HttpResponse<String> plain = get("/login", Map.of());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
    }

    /** Inline scripts run only with this response's nonce: Vaadin's own carry it, an injected one would not. */
    @Test
    void everyScriptOfThePageCarriesTheNonceOfItsResponseAndNoInlineScriptIsAllowedOtherwise() throws Exception {
        String previous = "";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = get("/login", Map.of());
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})' 'unsafe-eval';")
                    .matcher(policy);
            assertThat(nonce.find()).as(policy).isTrue();
            assertThat(policy).doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(nonce.group(1)).as("a fresh nonce per response").isNotEqualTo(previous);
            previous = nonce.group(1);
            List<String> scripts = Pattern.compile("<script[^>]*>")
                    .matcher(page.body())
                    .results()
                    .map(script -> script.group())
                    .toList();
            assertThat(scripts)
                    .hasSizeGreaterThan(2)
                    .allSatisfy(script -> assertThat(script).contains("nonce=\"" + nonce.group(1) + "\""));
        }
    }

    /** Session fixation: the id a visitor had before signing in is worth nothing after. */
    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsNotSignedIn() throws Exception {
        SignIn signIn = signIn(world.coordinatorA2, Fixtures.PASSWORD);
        assertThat(signIn.location()).doesNotContain("login");
        assertThat(signIn.after()).isNotEmpty().isNotEqualTo(signIn.before());

        assertThat(get("/", Map.of("Cookie", signIn.after())).statusCode())
                .as("the new id is signed in")
                .isEqualTo(200);
        HttpResponse<String> old = get("/", Map.of("Cookie", signIn.before()));
        assertThat(old.statusCode()).as("the old id is not").isEqualTo(302);
        assertThat(old.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    /**
     * Vaadin's heartbeat keeps the container's session alive while a page is open; the person still counts as idle,
     * and once idle longer than the time-out their next page asks them to sign in. Someone working meanwhile stays.
     */
    @Test
    void theIdleTimeoutEndsTheSessionEvenWhileTheHeartbeatRuns() throws Exception {
        String idle = signIn(world.advisorA, Fixtures.PASSWORD).after();
        String working = signIn(world.advisorB, Fixtures.PASSWORD).after();
        assertThat(get("/", Map.of("Cookie", idle)).statusCode()).isEqualTo(200);
        assertThat(get("/", Map.of("Cookie", working)).statusCode()).isEqualTo(200);

        assertThat(post("/?v-r=heartbeat&v-uiId=0", idle).statusCode())
                .as("the page's heartbeat")
                .isEqualTo(200);
        long until = System.nanoTime() + (IDLE_SECONDS + 2) * 1_000_000_000L;
        while (System.nanoTime() < until) {
            // Once the person counts as idle, Vaadin answers the heartbeat with an error: its status is no matter.
            post("/?v-r=heartbeat&v-uiId=0", idle);
            assertThat(get("/", Map.of("Cookie", working)).statusCode())
                    .as("someone working")
                    .isEqualTo(200);
            Thread.sleep(700);
        }

        HttpResponse<String> after = get("/", Map.of("Cookie", idle));
        assertThat(after.statusCode()).as("idle despite the heartbeat").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(get("/", Map.of("Cookie", working)).statusCode())
                .as("still signed in")
                .isEqualTo(200);
    }

    /** At INFO and above the log names nobody and quotes no answer (operators and their tools read it). */
    @Test
    void theLogHoldsNoUserNameAndNoAnswerText(CapturedOutput output) throws Exception {
        int start = output.getAll().length();
        String secret = "Réunion du comité avec le wali " + suffix;

        assertThat(signIn(world.coordinatorA1, "wrong-password").location()).endsWith("/login?error");
        assertThat(signIn(world.memberA1, Fixtures.PASSWORD).location()).doesNotContain("login");

        Fixtures.signIn(world.coordinatorA1);
        long round = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        String item =
                assessments.themesInScope(round).getFirst().items().getFirst().id();
        assessments.save(round, item, level(1, secret), SavedAnswer.NEW);

        Fixtures.signIn(world.admin);
        apiClients.issue("Dashboard " + suffix, world.hubA);

        String logged = output.getAll().substring(start);
        assertThat(logged).as("something was logged at all").contains("API client");
        for (String personal :
                List.of(world.coordinatorA1, world.memberA1, world.admin, "Name of " + world.coordinatorA1, secret)) {
            assertThat(logged).as(personal).doesNotContain(personal);
        }
    }

    private static AnswerDraft level(int level, String comment) {
        return new AnswerDraft(
                AnswerState.LEVEL,
                level,
                comment,
                List.of(),
                null,
                AnswerDraft.Sensitivity.SHAREABLE,
                AnswerDraft.Sensitivity.SHAREABLE);
    }

    private double count(String counter) {
        return meters.get(counter).counter().count();
    }

    /** The session cookie before and after posting the sign-in form, and where the app sent the browser next. */
    private record SignIn(String before, String after, String location) {}

    private SignIn signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login", Map.of());
        String before = cookie(page);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the sign-in form's token").isTrue();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", before)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode(password) + "&_csrf=" + encode(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String after = response.headers().allValues("Set-Cookie").isEmpty() ? before : cookie(response);
        return new SignIn(
                before, after, response.headers().firstValue("Location").orElseThrow());
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.split(";", 2)[0])
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
