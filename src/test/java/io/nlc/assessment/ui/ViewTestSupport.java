package io.nlc.assessment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.Tier;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.testsupport.Fixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A fresh world and a started core-scan round of city A1 before each view test. */
abstract class ViewTestSupport extends SpringBrowserlessTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    OrganisationSetup setup;

    Fixtures world;
    long assessment;

    @BeforeEach
    void createRound() {
        world = new Fixtures(setup);
        Fixtures.signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    Map<String, String> id() {
        return Map.of("id", String.valueOf(assessment));
    }
}
