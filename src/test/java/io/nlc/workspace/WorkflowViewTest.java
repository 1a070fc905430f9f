package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The workflow steps as each role sees them on the questionnaire. */
@SpringBootTest
class WorkflowViewTest extends ViewTestSupport {

    @Test
    void coordinatorMustGiveAReasonToSubmitAnIncompleteRoundAndTheAdvisorReturnsItWithAComment() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(QuestionnaireView.class, id());
        test($(Button.class).withClassName("workflow-submit").single()).click();
        WorkflowBarDialogs dialog = new WorkflowBarDialogs();
        test(dialog.confirm()).click();
        assertThat(dialog.text().isInvalid()).isTrue();
        assertThat(dialog.text().getErrorMessage()).isEqualTo(t("workflow.error.reason-required"));
        assertThat(assessments.overview(assessment).status()).isEqualTo(AssessmentStatus.DRAFT);

        test(dialog.text()).setValue("Workshop on mandate first");
        test(dialog.confirm()).click();
        assertThat(assessments.overview(assessment).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat($(Button.class).withClassName("workflow-submit").all()).isEmpty();
        assertThat(statusOf($(ItemCard.class).first())).isNotEmpty();

        Fixtures.signIn(world.advisorA);
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(QuestionnaireView.class, id());
        Button bell = $(Button.class).withClassName("notification-bell").single();
        assertThat(bell.getElement().getTextRecursively()).isEqualTo("1");
        assertThat(bell.getAriaLabel())
                .contains(com.vaadin.flow.component.UI.getCurrent().getTranslation("notification.bell", 1L));
        com.vaadin.flow.component.popover.Popover popover =
                $(com.vaadin.flow.component.popover.Popover.class).single();
        popover.setOpened(true);
        assertThat(bell.getElement().getTextRecursively())
                .as("opening the bell reads nothing")
                .isEqualTo("1");
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .withClassName("new-badge")
                        .all())
                .hasSize(1);
        popover.setOpened(false);
        test($(Button.class).withClassName("workflow-start-review").single()).click();
        assertThat(assessments.overview(assessment).status()).isEqualTo(AssessmentStatus.IN_REVIEW);
        test($(Button.class).withClassName("workflow-return").single()).click();
        dialog = new WorkflowBarDialogs();
        String firstItem = assessments
                .themesInScope(assessment)
                .getFirst()
                .items()
                .getFirst()
                .id();
        test(dialog.text()).setValue("Add the 2025 council decision as evidence to " + firstItem + ".");
        test(dialog.confirm()).click();
        assertThat(assessments.overview(assessment).status()).isEqualTo(AssessmentStatus.RETURNED);

        Fixtures.signIn(world.memberA1);
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(QuestionnaireView.class, id());
        Div comment = $(Div.class).withClassName("advisor-comment").single();
        assertThat(comment.getElement().getTextRecursively())
                .contains("Add the 2025 council decision as evidence", "Name of " + world.advisorA);
        // The item the comment names is a link to it; "2025", a word but no item, stays text.
        assertThat($(com.vaadin.flow.router.RouterLink.class, comment).all())
                .singleElement()
                .satisfies(link -> assertThat(link.getHref())
                        .isEqualTo("assessments/" + assessment + "?" + MyItemsView.ITEM_PARAMETER + "=" + firstItem));
    }

    @Test
    void theConfirmationsSayWhatIsOpenWhatLocksWhoIsToldAndTheBannerSaysWhatComesNext() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(QuestionnaireView.class, id());
        int items = assessments.themesInScope(assessment).stream()
                .mapToInt(theme -> theme.items().size())
                .sum();
        test($(Button.class).withClassName("workflow-submit").single()).click();
        Dialog submit = $(Dialog.class).withClassName("step-dialog").single();
        String text = submit.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        t("workflow.confirm.submit.locked"),
                        t("workflow.confirm.submit.told"),
                        t("workflow.confirm.submit.national"));
        assertThat($(RouterLink.class, submit).withClassName("item-link").all())
                .as("unanswered items, each a link")
                .hasSize(WorkflowBar.ITEMS_LISTED);
        assertThat(items).isPositive();
        test($(Button.class).withClassName("cancel-step").single()).click();
        assertThat(assessments.overview(assessment).status()).isEqualTo(AssessmentStatus.DRAFT);

        test($(Button.class).withClassName("workflow-submit").single()).click();
        WorkflowBarDialogs dialog = new WorkflowBarDialogs();
        test(dialog.text()).setValue("Workshop on mandate first");
        test(dialog.confirm()).click();
        assertThat(assessments.overview(assessment).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat($(Notification.class).withClassName("step-done").all()).hasSize(1);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("workflow-next")
                        .single()
                        .getText())
                .isEqualTo(t("workflow.next.city.SUBMITTED"));

        Fixtures.signIn(world.advisorA);
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(QuestionnaireView.class, id());
        assertThat($(Button.class).withClassName("workflow-validate").all())
                .as("not before the review starts")
                .isEmpty();
        test($(Button.class).withClassName("workflow-start-review").single()).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("workflow-next")
                        .single()
                        .getText())
                .isEqualTo(t("workflow.next.hub.IN_REVIEW"));
        test($(Button.class).withClassName("workflow-validate").single()).click();
        Dialog validate = $(Dialog.class).withClassName("step-dialog").single();
        assertThat(validate.getElement().getTextRecursively())
                .contains(t("workflow.confirm.validate.final"))
                .contains(UI.getCurrent().getTranslation("workflow.confirm.validate.unanswered", items));
    }

    @Test
    void membersSeeNoWorkflowButtons() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        assertThat($(Button.class).withClassName("workflow-submit").all()).isEmpty();
        assertThat($(Button.class).withClassName("workflow-validate").all()).isEmpty();
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    /** The open step dialog's text field and confirm button. */
    private final class WorkflowBarDialogs {
        TextArea text() {
            return $(TextArea.class).withClassName("step-dialog-text").single();
        }

        Button confirm() {
            return $(Button.class).withClassName("confirm-step").single();
        }
    }
}
