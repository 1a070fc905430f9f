package io.nlc.testsupport;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.Item;
import io.nlc.content.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A {@link WorldTest} with a core-scan round of city A1, started by its coordinator before each test, and the
 * round's items in questionnaire order (T1 first).
 */
public abstract class RoundTest extends WorldTest {

    @Autowired
    protected AssessmentService service;

    protected long round;
    protected List<Item> roundItems;

    @BeforeEach
    void startRound() {
        Fixtures.signIn(world.coordinatorA1);
        round = service.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        roundItems = service.themesInScope(round).stream()
                .flatMap(theme -> theme.items().stream())
                .toList();
    }
}
