package io.nlc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.base.FailingTestView;
import io.nlc.content.Tier;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP with a signed-in session: an id that names nothing, a malformed one, another city's or hub's, and
 * an unknown address all get the app's not-found page with status 404, and no page carries an exception's class
 * or message.
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
class ErrorPagesTest {

    private static final String NOT_FOUND = "Page not found";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    AssessmentService assessments;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void unknownMalformedAndOtherTenantsIdsGetTheNotFoundPageWithoutExceptionText() {
        Fixtures world = new Fixtures(setup);
        Fixtures.signIn(world.coordinatorA1);
        long round = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        Fixtures.signOut();

        // Hub B's advisor: hub A and city A1's round are someone else's.
        WebClient advisor = new WebClient(port, "en-US").signIn(world.advisorB, Fixtures.PASSWORD);
        List<String> paths = new ArrayList<>();
        for (String id : List.of("999999999", "99999999999999999999", "abc", "-1", String.valueOf(round))) {
            paths.addAll(List.of(
                    "/assessments/" + id, "/assessments/" + id + "/results", "/assessments/" + id + "/history"));
        }
        for (String id : List.of("999999", "99999999999999999999", "abc", "-1", String.valueOf(world.hubA))) {
            paths.add("/hubs/" + id);
        }
        paths.add("/no-such-page");
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> page = advisor.get(path);
            String body = page.body();
            String lower = body.toLowerCase(Locale.ROOT);
            if (page.statusCode() != 404 || !body.contains(NOT_FOUND)) {
                wrong.add(path + " -> " + page.statusCode() + (body.contains(NOT_FOUND) ? "" : " without the page"));
            }
            for (String leak : List.of("exception", "no hub", "no assessment", "input string", "may not see")) {
                if (lower.contains(leak)) {
                    wrong.add(path + " shows \"" + leak + "\"");
                }
            }
        }
        assertThat(wrong).isEmpty();

        // The same ids for someone who may see them still open.
        WebClient coordinator = new WebClient(port, "en-US").signIn(world.coordinatorA1, Fixtures.PASSWORD);
        assertThat(coordinator.get("/assessments/" + round).statusCode()).isEqualTo(200);
    }

    @Test
    void aPageThatFailsAnswers500WithoutTheExceptionsText() {
        Fixtures world = new Fixtures(setup);
        HttpResponse<String> failed = new WebClient(port, "en-US")
                .signIn(world.memberA1, Fixtures.PASSWORD)
                .get("/test-only/failing");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body())
                .contains("Something went wrong")
                .doesNotContain(FailingTestView.DETAIL)
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void anUnknownAddressGivesASignedInPersonTheNotFoundPageAndAStrangerTheSignInPage() {
        Fixtures world = new Fixtures(setup);
        HttpResponse<String> signedIn = new WebClient(port, "en-US")
                .signIn(world.memberA1, Fixtures.PASSWORD)
                .get("/some/unknown/page");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).contains(NOT_FOUND);

        HttpResponse<String> stranger = new WebClient(port, "en-US").get("/some/unknown/page");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
