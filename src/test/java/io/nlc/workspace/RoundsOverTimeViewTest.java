package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.SavedAnswer;
import io.nlc.base.Formats;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.kernel.DataTable;
import io.nlc.kernel.Markup;
import io.nlc.testsupport.ChoiceGroupTester;
import io.nlc.testsupport.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The next round from the coordinator's home, the carried-over answers on the item cards (badge, confirm,
 * justification), and the "what changed" view. The 2026 round has T1.1 (weight 3) at 2 and T1.2 (weight 2) at 3:
 * T1 scores (3 x 2 + 2 x 3) / 5 = 2.4 -> 60.0.
 */
@SpringBootTest
class RoundsOverTimeViewTest extends ViewTestSupport {

    @Autowired
    AssessmentWorkflow workflow;

    @BeforeEach
    void submittedRound() {
        Fixtures.signIn(world.memberA1);
        assessments.save(assessment, "T1.1", AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        assessments.save(assessment, "T1.2", AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);
        Fixtures.signIn(world.coordinatorA1);
        workflow.submit(assessment, "T1 only for now");
    }

    private String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    /** Starts 2027 from the home page's button, through the dialog filled in from 2026; lands in its questionnaire. */
    private long startNextFromHome() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(HomeView.class);
        assertThat($(Button.class).withClassName("start-assessment").single().getThemeNames())
                .doesNotContain("primary");
        test($(Button.class).withClassName("start-next-round").single()).click();
        StartAssessmentDialog dialog = $(StartAssessmentDialog.class).single();
        assertThat($(TextField.class, dialog).first().getValue()).isEqualTo("2027");
        assertThat($(Paragraph.class, dialog)
                        .withClassName("next-round-intro")
                        .single()
                        .getText())
                .contains("2026");
        test($(Button.class, dialog).withClassName("start-submit").single()).click();
        assertThat(getCurrentView()).isInstanceOf(QuestionnaireView.class);
        return assessments.visibleAssessments().stream()
                .filter(round -> round.roundLabel().equals("2027"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ItemCard card(String itemId) {
        return $(ItemCard.class).all().stream()
                .filter(card -> card.item().id().equals(itemId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void carriedOverAnswersAreConfirmedOrChangedWithAJustification() {
        long next = startNextFromHome();
        assertThat($(Markup.class).withClassName("to-confirm-count").single().getText())
                .contains(t("questionnaire.to-confirm", 2));
        // Each part of the sticky progress line in its own isolate, so Arabic keeps the numbers in their places.
        assertThat($(Markup.class).withClassName("to-confirm-count").single().getText())
                .isEqualTo(" · " + Formats.isolate(t("questionnaire.to-confirm", 2)));
        int items = assessments.themesInScope(next).stream()
                .mapToInt(theme -> theme.items().size())
                .sum();
        assertThat($(Markup.class).withClassName("answered-count").single().getText())
                .isEqualTo(Formats.isolate(t("progress.answered", 2, items)) + " · "
                        + Formats.isolate(Formats.percent(2.0 / items, io.nlc.base.Languages.current())));
        ItemCard t11 = card("T1.1");
        assertThat($(Span.class, t11).withClassName("to-confirm").single().getText())
                .isEqualTo(t("item.carried.to-confirm", t("item.level", 2)));

        // Confirm T1.2 as it is.
        ItemCard t12 = card("T1.2");
        test($(Button.class, t12).withClassName("confirm-carried").single()).click();
        assertThat(assessments.answers(next).get("T1.2").toConfirm()).isFalse();
        assertThat($(Markup.class).withClassName("to-confirm-count").single().getText())
                .contains(t("questionnaire.to-confirm", 1));

        // Only the answers still to confirm, on request.
        new io.nlc.testsupport.NativeCheckboxTester($(io.nlc.kernel.NativeCheckbox.class)
                        .withClassName("to-confirm-only")
                        .single())
                .click();
        assertThat(t11.isVisible()).isTrue();
        assertThat(t12.isVisible()).isFalse();
        new io.nlc.testsupport.NativeCheckboxTester($(io.nlc.kernel.NativeCheckbox.class)
                        .withClassName("to-confirm-only")
                        .single())
                .click();

        // A new level waits for its justification; an empty one is refused next to the field.
        @SuppressWarnings("unchecked")
        ChoiceGroup<Choice> levels =
                $(ChoiceGroup.class, t11).withClassName("level-choice").single();
        new ChoiceGroupTester<>(levels).select(Choice.L3);
        TextArea why = $(TextArea.class, t11).withClassName("justification").single();
        assertThat(why.isVisible()).isTrue();
        assertThat(assessments.answers(next).get("T1.1").draft().level()).isEqualTo(2);
        test($(Button.class, t11).withClassName("save-justified").single()).click();
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo(t("answer.error.justification-required"));
        assertThat(assessments.answers(next).get("T1.1").draft().level()).isEqualTo(2);

        test(why).setValue("A youth council since March");
        test($(Button.class, t11).withClassName("save-justified").single()).click();
        SavedAnswer saved = assessments.answers(next).get("T1.1");
        assertThat(saved.draft().level()).isEqualTo(3);
        assertThat(saved.carryOver().justification()).isEqualTo("A youth council since March");
        assertThat($(Paragraph.class, t11)
                        .withClassName("carried-justification")
                        .single()
                        .getText())
                .contains("A youth council since March");
        assertThat($(Markup.class).withClassName("to-confirm-count").single().getText())
                .isEmpty();
    }

    /** The review: the submit dialog never said that carried-over answers were still to confirm. */
    @Test
    void theSubmitDialogCountsTheCarriedOverAnswersStillToConfirm() {
        startNextFromHome();
        test($(Button.class).withClassName("workflow-submit").single()).click();
        assertThat($(Paragraph.class)
                        .withClassName("submit-to-confirm")
                        .single()
                        .getText())
                .isEqualTo(t("workflow.confirm.submit.to-confirm", 2));
        test($(Button.class).withClassName("cancel-step").single()).click();

        test($(Button.class, card("T1.2")).withClassName("confirm-carried").single())
                .click();
        test($(Button.class).withClassName("workflow-submit").single()).click();
        assertThat($(Paragraph.class)
                        .withClassName("submit-to-confirm")
                        .single()
                        .getText())
                .isEqualTo("1 answer carried over from the last round is not confirmed yet.");
        test($(Button.class).withClassName("cancel-step").single()).click();

        test($(Button.class, card("T1.1")).withClassName("confirm-carried").single())
                .click();
        test($(Button.class).withClassName("workflow-submit").single()).click();
        assertThat($(Paragraph.class).withClassName("submit-to-confirm").all()).isEmpty();
    }

    @Test
    void whatChangedComparesTheRoundsThemeByThemeAndItemByItem() {
        long next = startNextFromHome();
        SavedAnswer t11 = assessments.answers(next).get("T1.1");
        assessments.save(next, "T1.1", t11.draft().withLevel(3), t11.version(), "A youth council since March");

        Fixtures.signIn(world.memberA1);
        navigate(ChangesView.class, Map.of("cityId", String.valueOf(world.cityA1)));
        // 2027: T1.1 at 3, T1.2 carried at 3 -> (3 x 3 + 2 x 3) / 5 = 3.0 -> 75.0, up 15.0 from 60.0.
        DataTable<?> themes = $(DataTable.class).withClassName("changes-themes").single();
        assertThat(themes.cellText(0, 0)).startsWith("T1 · ");
        assertThat(themes.cellText(0, 1)).isEqualTo("60.0");
        assertThat(themes.cellText(0, 2)).isEqualTo("75.0");
        assertThat(themes.cellText(0, 3)).contains("+15.0");
        DataTable<?> items = $(DataTable.class).withClassName("changes-items").single();
        assertThat(items.rowCount()).isEqualTo(1);
        assertThat(items.cellText(0, 0)).startsWith("T1.1 · ");
        assertThat(items.cellText(0, 1)).isEqualTo(t("item.level", 2));
        assertThat(items.cellText(0, 2)).isEqualTo(t("item.level", 3));
        assertThat(items.cellText(0, 3)).contains("A youth council since March");
        assertThat($(Paragraph.class).withClassName("changes-counts").single().getText())
                .isEqualTo(t("changes.items.counts", 1, 1));

        // The trend has the submitted 2026 only (2027 is a draft): T1 at 60.0.
        DataTable<?> trend = $(DataTable.class).withClassName("trend-table").single();
        assertThat(trend.cellText(0, 1)).isEqualTo("60.0");
    }

    @Test
    void theResultsOfTheLatestRoundOfferTheNextRoundAndTheOnesAfterLinkToWhatChanged() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(ResultsView.class, id());
        assertThat($(Button.class).withClassName("start-next-round").all()).hasSize(1);
        Fixtures.signIn(world.memberA1);
        navigate(ResultsView.class, id());
        assertThat($(Button.class).withClassName("start-next-round").all()).isEmpty();

        long next = startNextFromHome();
        navigate(ResultsView.class, Map.of("id", String.valueOf(next)));
        assertThat($(Button.class).withClassName("start-next-round").all()).isEmpty();
        assertThat($(com.vaadin.flow.router.RouterLink.class)
                        .withClassName("changes-link")
                        .single()
                        .getText())
                .isEqualTo(t("changes.link", io.nlc.base.Formats.isolate("2026")));
    }

    /** The review saw "Action planWhat changed": two links glued into one. They sit apart in one wrapping row. */
    @Test
    void theHomePagesCityLinksSitApartInTheirOwnRow() {
        startNextFromHome();
        navigate(HomeView.class);
        com.vaadin.flow.component.html.Div links = $(com.vaadin.flow.component.html.Div.class)
                .withClassName("city-links")
                .single();
        assertThat($(com.vaadin.flow.router.RouterLink.class, links).all())
                .extracting(link -> link.getClassNames().iterator().next())
                .containsExactly("plan-link", "changes-link");
    }
}
