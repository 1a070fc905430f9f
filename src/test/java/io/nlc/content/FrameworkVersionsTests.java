package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.scoring.ThemeScore;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rounds stay on the version they started on: a round on the older test version keeps its own items and its own
 * bands, while new rounds start on the newest version and get its nearest-level bands. Run on H2 and PostgreSQL.
 */
abstract class FrameworkVersionsTests extends WorldTest {

    @Autowired
    AssessmentService service;

    @Autowired
    FrameworkCatalog catalog;

    @Test
    void newRoundsStartOnTheNewestVersionAndOlderRoundsKeepTheirTextsBandsAndScores() {
        Fixtures.signIn(world.coordinatorA1);
        long older = service.start(new NewAssessment(world.cityA1, "2024", Tier.CORE, Set.of(), Map.of()), 1);
        long newer = service.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        assertThat(service.overview(older).frameworkVersion()).isEqualTo(1);
        assertThat(service.overview(newer).frameworkVersion())
                .isEqualTo(catalog.current().version())
                .isEqualTo(2);
        assertThat(service.framework(older)
                        .item("T1.1")
                        .orElseThrow()
                        .question()
                        .en())
                .isEqualTo("Old question T1.1?");
        assertThat(service.framework(newer)
                        .item("T1.1")
                        .orElseThrow()
                        .question()
                        .en())
                .isEqualTo("Question T1.1?");

        // The same answers in both: T1.1 (weight 3) at level 2 and T1.2 (weight 2) at level 3, a mean of 2.4.
        for (long round : new long[] {older, newer}) {
            service.save(round, "T1.1", AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
            service.save(round, "T1.2", AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);
        }
        ThemeScore before = theme(older);
        ThemeScore after = theme(newer);
        assertThat(before.score()).isEqualTo(60.0);
        assertThat(after.score()).isEqualTo(60.0);
        // Version 1's bands start level 3 at 60; the newest version's give the level nearest to the mean.
        assertThat(before.maturity()).isEqualTo(3);
        assertThat(after.maturity()).isEqualTo(2);
    }

    private ThemeScore theme(long round) {
        return service.score(round).themes().stream()
                .filter(theme -> theme.themeId().equals("T1"))
                .findFirst()
                .orElseThrow();
    }
}
