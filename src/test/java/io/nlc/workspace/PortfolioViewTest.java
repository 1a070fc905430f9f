package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.PlannedAction;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioRow;
import io.nlc.testsupport.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PortfolioViewTest extends ViewTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ActionPlans plans;

    @Test
    void advisorSeesEveryCityOfTheHubWithTheRoundInProgress() {
        Fixtures.signIn(world.memberA1);
        String item = assessments
                .themesInScope(assessment)
                .getFirst()
                .items()
                .getFirst()
                .id();
        assessments.save(assessment, item, AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);

        Fixtures.signIn(world.advisorA);
        navigate(PortfolioView.class, Map.of("id", String.valueOf(world.hubA)));
        @SuppressWarnings("unchecked")
        Grid<PortfolioRow> grid = $(Grid.class).withClassName("portfolio-table").single();
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(2);
        PortfolioRow latest = grid.getGenericDataView()
                .getItems()
                .filter(row -> row.city().id() == world.cityA1)
                .findFirst()
                .orElseThrow();
        assertThat(latest.assessmentId())
                .as("the latest round of any status, by default")
                .isEqualTo(assessment);
        // One answered item of a whole round: the index is there, flagged as resting on too few answers.
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withClassName("portfolio-card")
                        .all())
                .hasSize(2);
        assertThat($(Span.class).withClassName("low-completeness-flag").all()).isNotEmpty();
        // Column widths in rem: the grid applies a width to header and body cells alike, and in em it resolved
        // against their different font sizes, so headers stood over the wrong columns at 1280 px.
        assertThat(grid.getColumns()).extracting(Grid.Column::getWidth).allMatch(width -> width.endsWith("rem"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<PortfolioMode> mode = $(RadioButtonGroup.class).first();
        mode.setValue(PortfolioMode.LATEST_VALIDATED);
        assertThat(grid.getGenericDataView().getItems().allMatch(row -> row.assessmentId() == null))
                .isTrue();
        mode.setValue(PortfolioMode.IN_PROGRESS);
        PortfolioRow a1 = grid.getGenericDataView()
                .getItems()
                .filter(row -> row.city().id() == world.cityA1)
                .findFirst()
                .orElseThrow();
        assertThat(a1.assessmentId()).isEqualTo(assessment);
        assertThat(a1.themeScores()).containsEntry("T1", 50.0);
    }

    @Test
    void eachCityShowsHowFarItsActionPlanHasCome() {
        Fixtures.signIn(world.coordinatorA1);
        long member = plans.team(world.cityA1).getFirst().id();
        java.time.LocalDate today = java.time.LocalDate.now();
        plans.create(
                world.cityA1,
                new ActionDraft(assessment, "Late", "", member, null, null, today.minusDays(3), java.util.Set.of()));
        PlannedAction done = plans.create(
                world.cityA1, new ActionDraft(assessment, "Done", "", member, null, null, null, java.util.Set.of()));
        plans.changeStatus(done.id(), done.version(), io.nlc.plan.ActionStatus.DONE, null);

        Fixtures.signIn(world.advisorA);
        navigate(PortfolioView.class, Map.of("id", String.valueOf(world.hubA)));
        assertThat($(com.vaadin.flow.router.RouterLink.class)
                        .withClassName("portfolio-plan")
                        .all())
                .extracting(link -> link.getText())
                .containsExactlyInAnyOrder(
                        com.vaadin.flow.component.UI.getCurrent().getTranslation("portfolio.plan.cell", 1, 2, 1),
                        com.vaadin.flow.component.UI.getCurrent().getTranslation("portfolio.plan.none"));
    }

    /** Another hub's page reads exactly like a hub that does not exist: its existence is not the advisor's to know. */
    @Test
    void anAdvisorOfAnotherHubFindsNothing() {
        Fixtures.signIn(world.advisorB);
        navigate("hubs/" + world.hubA, com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).single().getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("error.not-found.title"));
    }

    @Test
    void advisorDownloadsThePortfolioAsPdf() {
        Fixtures.signIn(world.advisorA);
        navigate(PortfolioView.class, Map.of("id", String.valueOf(world.hubA)));
        com.vaadin.flow.component.html.Anchor pdf = $(com.vaadin.flow.component.html.Anchor.class)
                .withClassName("portfolio-pdf")
                .single();
        assertThat(pdf.getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("report.portfolio.download"));
        assertThat(pdf.getHref()).as("served by a download handler").isNotBlank();
    }
}
