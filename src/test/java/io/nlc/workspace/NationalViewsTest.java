package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.Perspective;
import io.nlc.assessment.SavedAnswer;
import io.nlc.chart.NlcChart;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.kernel.DataTable;
import io.nlc.testsupport.ChoiceGroupTester;
import io.nlc.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The focal point answers in the national set from the same questionnaire; the results compare both sets. */
@SpringBootTest
class NationalViewsTest extends ViewTestSupport {

    @Test
    void focalPointRatesFromTheQuestionnaireIntoTheNationalSet() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        String itemId = $(ItemCard.class).first().item().id();
        assertThat($(Div.class).withClassName("national-band").all()).isEmpty();
        assessments.save(assessment, itemId, AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);

        Fixtures.signIn(world.nationalA1B1);
        navigate(QuestionnaireView.class, id());
        Div band = $(Div.class).withClassName("national-band").single();
        assertThat(band.getElement().getTextRecursively())
                .contains(getTranslation("questionnaire.national.band"), getTranslation("questionnaire.national"));
        ItemCard first = $(ItemCard.class).first();
        @SuppressWarnings("unchecked")
        ChoiceGroup<Choice> levels =
                $(ChoiceGroup.class, first).withClassName("level-choice").single();
        assertThat(levels.getLabel())
                .as("neutral wording: this commune, not yours")
                .isEqualTo(getTranslation("item.choose-level.national"));
        assertThat(levels.getValue())
                .as("the city's level is not the national one")
                .isNull();
        new ChoiceGroupTester<>(levels).select(Choice.L1);

        assertThat(assessments
                        .answers(assessment, Perspective.NATIONAL)
                        .get(itemId)
                        .draft()
                        .level())
                .isEqualTo(1);
        assertThat(assessments.answers(assessment).get(itemId).draft().level()).isEqualTo(4);
    }

    @Test
    void resultsShowTheNationalSeriesAndTheDivergentItems() {
        Fixtures.signIn(world.memberA1);
        navigate(ResultsView.class, id());
        assertThat($(NlcChart.class).id("radar-chart").getElement().getProperty("config"))
                .doesNotContain(ResultsView.NATIONAL_COLOR);
        assertThat(getTranslation("results.national.hidden"))
                .as("the city rates blind while drafting")
                .isIn($(Paragraph.class).all().stream().map(Paragraph::getText).toList());
        Fixtures.signIn(world.advisorA);
        navigate(ResultsView.class, id());
        assertThat(getTranslation("results.national.none"))
                .isIn($(Paragraph.class).all().stream().map(Paragraph::getText).toList());

        Fixtures.signIn(world.memberA1);
        String itemId = assessments
                .themesInScope(assessment)
                .getFirst()
                .items()
                .getFirst()
                .id();
        assessments.save(assessment, itemId, AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);
        Fixtures.signIn(world.nationalA1B1);
        assessments.save(assessment, itemId, AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);

        Fixtures.signIn(world.advisorA);
        navigate(ResultsView.class, id());
        assertThat($(NlcChart.class).id("radar-chart").getElement().getProperty("config"))
                .contains(ResultsView.NATIONAL_COLOR);
        DataTable<?> divergences =
                $(DataTable.class).withClassName("divergence-table").single();
        assertThat(divergences.rowCount()).isEqualTo(1);
        assertThat(divergences.cellText(0, 0)).startsWith(itemId);
        assertThat(divergences.cellText(0, 1)).isEqualTo("3");
        assertThat(divergences.cellText(0, 2)).isEqualTo("1");
        assertThat(divergences.cellText(0, 3)).isEqualTo("-2");
        com.vaadin.flow.router.RouterLink link = $(com.vaadin.flow.router.RouterLink.class, divergences)
                .withClassName("item-link")
                .single();
        assertThat(link.getHref()).as("the item opens in the questionnaire").endsWith("?item=" + itemId);
    }

    private static String getTranslation(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
