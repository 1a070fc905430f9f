package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.IllegalTransitionException;
import io.nlc.assessment.InvalidAnswerException;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The workflow steps the signed-in person may take on this assessment, the last step's note (an advisor's comment
 * stands out for the city), and a link to the history of changes.
 */
class WorkflowBar extends Div {

    /** From this share of answered items on, submitting becomes the main action of the page. */
    static final double NEARLY_COMPLETE = 0.9;

    private @Nullable Button submit;

    WorkflowBar(AssessmentOverview overview, AssessmentWorkflow workflow, double completeness, Language language,
                Runnable afterStep) {
        addClassName("workflow-bar");
        AssessmentOverview.StatusStep last = overview.lastStep();
        AssessmentStatus status = overview.status();
        if (last != null && status != AssessmentStatus.DRAFT) {
            Div notice = new Div(new Paragraph(getTranslation("workflow.notice." + status.name(),
                    Formats.isolate(last.by()),
                    Formats.dateTime(last.at(), language))));
            if (last.note() != null) {
                Paragraph note = new Paragraph(last.note());
                note.addClassName("workflow-note");
                note.getElement().setAttribute("dir", "auto");
                notice.add(note);
            }
            notice.addClassName("notice");
            notice.addClassName(status == AssessmentStatus.RETURNED ? "advisor-comment" : "workflow-notice");
            add(notice);
        }
        Div actions = new Div();
        actions.addClassName("workflow-actions");
        long id = overview.id();
        if (overview.canCoordinate() && status.editable()) {
            boolean incomplete = completeness < 1.0;
            submit = step("workflow.submit", ButtonVariant.LUMO_PRIMARY, () -> new StepDialog("workflow.submit",
                    incomplete ? "workflow.submit.reason-required" : "workflow.submit.reason", incomplete,
                    reason -> workflow.submit(id, reason), afterStep).open());
            actions.add(submit);
            progress(completeness);
        }
        if (overview.canReview() && status == AssessmentStatus.SUBMITTED) {
            actions.add(step("workflow.start-review", ButtonVariant.LUMO_PRIMARY, () -> run(() -> {
                workflow.startReview(id);
                afterStep.run();
            })));
        }
        if (overview.canReview() && (status == AssessmentStatus.SUBMITTED || status == AssessmentStatus.IN_REVIEW)) {
            actions.add(step("workflow.return", ButtonVariant.LUMO_ERROR, () -> new StepDialog("workflow.return",
                    "workflow.return.comment", true, comment -> workflow.returnToCity(id, comment), afterStep).open()));
            actions.add(step("workflow.validate", ButtonVariant.LUMO_SUCCESS, () -> new StepDialog("workflow.validate",
                    "workflow.validate.note", false, note -> workflow.validate(id, note), afterStep).open()));
        }
        Anchor history = new Anchor("assessments/" + id + "/history", getTranslation("workflow.history"));
        history.addClassName("history-link");
        actions.add(history);
        add(actions);
    }

    /** Submitting stays a secondary action until the round is nearly complete; answering comes first. */
    void progress(double answered) {
        if (submit != null) {
            if (answered >= NEARLY_COMPLETE) {
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                submit.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    private Button step(String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(variant);
        button.addClassName(key.replace('.', '-'));
        return button;
    }

    private void run(Runnable step) {
        try {
            step.run();
        } catch (IllegalTransitionException e) {
            Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Asks for the reason or comment of a step; required ones cannot be left empty. */
    private static class StepDialog extends Dialog {

        StepDialog(String titleKey, String fieldKey, boolean required, Consumer<@Nullable String> step,
                   Runnable afterStep) {
            setHeaderTitle(getTranslation(titleKey));
            addClassName("step-dialog");
            TextArea text = new TextArea(getTranslation(fieldKey));
            text.addClassName("step-dialog-text");
            text.setMaxLength(AnswerDraft.MAX_COMMENT);
            text.setRequired(required);
            text.setWidthFull();
            text.getElement().setAttribute("dir", "auto");
            add(text);
            Button confirm = new Button(getTranslation(titleKey), click -> {
                try {
                    step.accept(text.getValue());
                    close();
                    afterStep.run();
                } catch (InvalidAnswerException e) {
                    text.setErrorMessage(getTranslation(e.messageKey()));
                    text.setInvalid(true);
                } catch (IllegalTransitionException e) {
                    text.setErrorMessage(getTranslation(e.messageKey()));
                    text.setInvalid(true);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClassName("confirm-step");
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        }
    }
}
