package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.BrowserlessWorldTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.Tier;
import io.nlc.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every role, including a user of another city and another hub, against every protected route: any unexpected
 * access (or unexpected refusal) fails the test. Service operations have their own matrix in the service tests.
 */
@SpringBootTest
class RoutePermissionMatrixTest extends BrowserlessWorldTest {

    @Autowired
    AssessmentService assessments;

    @Test
    void everyRoleGetsExactlyTheRoutesItShould() {
        Fixtures.signIn(world.coordinatorA1);
        long round = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        Fixtures.signIn(world.coordinatorA2);
        long roundA2 = assessments.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));

        Set<String> cityA1Readers = Set.of(world.memberA1, world.coordinatorA1, world.advisorA, world.admin,
                world.nationalA1B1);
        Set<String> hubAReaders = Set.of(world.advisorA, world.admin);
        Set<String> everyone = Set.of(world.memberA1, world.coordinatorA1, world.coordinatorA2, world.memberB1,
                world.advisorA, world.advisorB, world.admin, world.nationalA1B1);
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("", everyone);
        allowed.put("about", everyone);
        allowed.put("assessments/" + round, cityA1Readers);
        allowed.put("assessments/" + round + "/results", cityA1Readers);
        allowed.put("assessments/" + round + "/history", cityA1Readers);
        allowed.put("assessments/" + roundA2 + "/results", Set.of(world.coordinatorA2, world.advisorA, world.admin));
        allowed.put("hubs/" + world.hubA, hubAReaders);
        allowed.put("hubs/" + world.hubB, Set.of(world.advisorB, world.admin));
        allowed.put("accounts", Set.of(world.coordinatorA1, world.coordinatorA2, world.admin));
        allowed.put("account/password", everyone);
        allowed.put("organisation", Set.of(world.admin));
        allowed.put("my-items", everyone);

        List<String> wrong = new ArrayList<>();
        for (String user : everyone) {
            Fixtures.signIn(user);
            allowed.forEach((route, readers) -> {
                navigate("about", Component.class);
                navigate(route, Component.class);
                boolean denied = $(H1.class).all().stream().anyMatch(h1 -> h1.getText()
                        .equals(UI.getCurrent().getTranslation("error.access-denied.title")));
                if (denied == readers.contains(user)) {
                    wrong.add(user + (denied ? " was refused " : " could open ") + "/" + route);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }
}
