package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.Tier;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every role, including a user of another city and another hub, against every protected route: any unexpected
 * access (or unexpected refusal) fails the test. Routes with an id answer "not found" alike for an id that names
 * nothing and for one that names another city's or hub's data, so ids tell nothing about what exists; routes
 * without one say "access denied", except the screens of some roles only, which do not exist for the others. Service operations have their own matrix in the service tests.
 */
@SpringBootTest
class RoutePermissionMatrixTest extends BrowserlessWorldTest {

    /** Every route that takes an id, with {@code %s} where the id goes. */
    private static final List<String> ID_ROUTES = List.of(
            "assessments/%s",
            "assessments/%s/results",
            "assessments/%s/history",
            "assessments/%s/raters",
            "hubs/%s",
            "assessments/%s/workshop");
    /**
     * Screens only some roles may open ({@code @RolesAllowed}): to everyone else they do not exist, like an id that is
     * not theirs (Vaadin's access control answers "not found" to a signed-in person it refuses).
     */
    private static final Set<String> ROLE_ROUTES = Set.of(
            "accounts",
            "organisation",
            "api-clients",
            "content-packs",
            "archive-import",
            "my-items",
            "ratings",
            "workshop");
    /** An id nothing has, and ids that are no id at all: letters, 25 digits (past a long) and a negative one. */
    private static final List<String> BAD_IDS = List.of("999999999", "abc", "1234567890123456789012345", "-1");

    @Autowired
    AssessmentService assessments;

    private long roundA1;
    private long roundA2;

    private void startRounds() {
        Fixtures.signIn(world.coordinatorA1);
        roundA1 = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        Fixtures.signIn(world.coordinatorA2);
        roundA2 = assessments.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));
    }

    private Set<String> everyone() {
        return Set.of(
                world.memberA1,
                world.coordinatorA1,
                world.coordinatorA2,
                world.memberB1,
                world.advisorA,
                world.advisorB,
                world.admin,
                world.nationalA1B1,
                world.raterA1);
    }

    @Test
    void everyRoleGetsExactlyTheRoutesItShould() {
        startRounds();
        Set<String> cityA1Readers =
                Set.of(world.memberA1, world.coordinatorA1, world.advisorA, world.admin, world.nationalA1B1);
        Set<String> cityA2Readers = Set.of(world.coordinatorA2, world.advisorA, world.admin);
        Set<String> hubAReaders = Set.of(world.advisorA, world.admin);
        Set<String> everyone = everyone();
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("", everyone);
        allowed.put("about", everyone);
        for (String route : ID_ROUTES.subList(0, 4)) {
            allowed.put(route.formatted(roundA1), cityA1Readers);
            allowed.put(route.formatted(roundA2), cityA2Readers);
        }
        allowed.put("assessments/%s/workshop".formatted(roundA1), Set.of(world.coordinatorA1));
        allowed.put("assessments/%s/workshop".formatted(roundA2), Set.of(world.coordinatorA2));
        allowed.put("cities/" + world.cityA1 + "/changes", cityA1Readers);
        allowed.put("cities/" + world.cityA2 + "/changes", cityA2Readers);
        allowed.put("hubs/" + world.hubA, hubAReaders);
        allowed.put("hubs/" + world.hubB, Set.of(world.advisorB, world.admin));
        allowed.put("accounts", Set.of(world.coordinatorA1, world.coordinatorA2, world.admin));
        allowed.put("account/password", everyone);
        allowed.put("account/second-factor", everyone);
        allowed.put("organisation", Set.of(world.admin));
        allowed.put("api-clients", Set.of(world.admin));
        allowed.put("content-packs", Set.of(world.admin));
        allowed.put("archive-import", Set.of(world.admin));
        allowed.put("my-items", Set.of(world.memberA1, world.coordinatorA1, world.coordinatorA2, world.memberB1));
        allowed.put(
                "ratings",
                Set.of(world.memberA1, world.coordinatorA1, world.coordinatorA2, world.memberB1, world.raterA1));
        allowed.put(
                "workshop",
                Set.of(world.memberA1, world.coordinatorA1, world.coordinatorA2, world.memberB1, world.raterA1));

        List<String> wrong = new ArrayList<>();
        for (String user : everyone) {
            Fixtures.signIn(user);
            allowed.forEach((route, readers) -> {
                navigate("about", Component.class);
                navigate(route, Component.class);
                boolean hasId = route.matches(".*\\d.*") || ROLE_ROUTES.contains(route);
                String refusal =
                        UI.getCurrent().getTranslation(hasId ? "error.not-found.title" : "error.access-denied.title");
                String otherRefusal =
                        UI.getCurrent().getTranslation(hasId ? "error.access-denied.title" : "error.not-found.title");
                boolean refused = headings().contains(refusal);
                if (refused == readers.contains(user)) {
                    wrong.add(user + (refused ? " was refused " : " could open ") + "/" + route);
                }
                if (headings().contains(otherRefusal)) {
                    wrong.add(user + " was told \"" + otherRefusal + "\" at /" + route);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void unknownMalformedAndOtherTenantsIdsShowTheNotFoundPageForEveryRole() {
        startRounds();
        // Whose data each id is: a user who may not see it gets the same page as for an id that names nothing.
        Map<String, Set<String>> roundReaders = Map.of(
                String.valueOf(roundA1),
                        Set.of(world.memberA1, world.coordinatorA1, world.advisorA, world.admin, world.nationalA1B1),
                String.valueOf(roundA2), Set.of(world.coordinatorA2, world.advisorA, world.admin));
        Map<String, Set<String>> hubReaders = Map.of(
                String.valueOf(world.hubA), Set.of(world.advisorA, world.admin),
                String.valueOf(world.hubB), Set.of(world.advisorB, world.admin));

        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (String user : everyone()) {
            Fixtures.signIn(user);
            List<String> routes = new ArrayList<>();
            for (String template : ID_ROUTES) {
                BAD_IDS.forEach(id -> routes.add(template.formatted(id)));
                Map<String, Set<String>> readers = template.startsWith("hubs") ? hubReaders : roundReaders;
                readers.forEach((id, who) -> {
                    if (!who.contains(user)) {
                        routes.add(template.formatted(id));
                    }
                });
            }
            routes.add("no-such-page");
            routes.add("assessments/" + roundA1 + "/no-such-page");
            for (String route : routes) {
                pages++;
                navigate("about", Component.class);
                navigate(route, Component.class);
                String text = UI.getCurrent().getElement().getTextRecursively();
                if (!headings().contains(UI.getCurrent().getTranslation("error.not-found.title"))) {
                    wrong.add(user + " at /" + route + " saw " + headings());
                }
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("exception")
                        || lower.contains("no hub")
                        || lower.contains("input string")
                        || lower.contains("no assessment")
                        || lower.contains("may not")) {
                    wrong.add(user + " at /" + route + " was shown: " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
        // 9 users x (20 bad ids + 2 unknown routes) at least, plus the others' ids of every non-administrator.
        assertThat(pages).isGreaterThan(9 * 22);
    }

    private List<String> headings() {
        return $(H1.class).all().stream().map(H1::getText).toList();
    }
}
