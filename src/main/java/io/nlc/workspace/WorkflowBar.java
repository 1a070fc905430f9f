package io.nlc.workspace;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.IllegalTransitionException;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.base.Formats;
import io.nlc.content.Item;
import io.nlc.content.Language;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The workflow steps the signed-in person may take on this assessment, the last step's note (an advisor's comment
 * stands out for the city) with what happens next, and a link to the history of changes. Submit, return and validate
 * are real confirmations: they say what the step does, who is told and what is still open, before anything happens.
 */
class WorkflowBar extends Div {

    /** From this share of answered items on, submitting becomes the main action of the page. */
    static final double NEARLY_COMPLETE = 0.9;
    /** The confirmations list this many unanswered items by name; the rest are counted. */
    static final int ITEMS_LISTED = 8;
    /** A word, dots inside it included, as item codes are written ("T1.1", but not the full stop after it). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*");

    private final long assessmentId;
    private final Runnable afterStep;
    private @Nullable Button submit;

    /**
     * @param itemIds the round's items: their codes in the last step's note become links to them
     * @param unanswered the items still without an answer, asked when a dialog opens (answers change on the page)
     * @param openDiscussions the number of open discussion threads, asked when a dialog opens
     * @param toConfirm the number of answers carried over from the last round and not confirmed yet, asked when the
     *     submit dialog opens
     */
    WorkflowBar(
            AssessmentOverview overview,
            AssessmentWorkflow workflow,
            double completeness,
            Language language,
            Set<String> itemIds,
            Supplier<List<Item>> unanswered,
            Supplier<Long> openDiscussions,
            Supplier<Long> toConfirm,
            Runnable afterStep) {
        this.assessmentId = overview.id();
        this.afterStep = afterStep;
        addClassName("workflow-bar");
        AssessmentOverview.StatusStep last = overview.lastStep();
        AssessmentStatus status = overview.status();
        boolean hubSide = overview.canReview();
        if (last != null && status != AssessmentStatus.DRAFT) {
            Div notice = new Div(new Paragraph(getTranslation(
                    "workflow.notice." + status.name(),
                    Formats.isolate(last.by()),
                    Formats.dateTime(last.at(), language))));
            if (last.note() != null) {
                Paragraph note = noteWithItemLinks(last.note(), itemIds);
                note.addClassName("workflow-note");
                note.getElement().setAttribute("dir", "auto");
                notice.add(note);
            }
            Paragraph next = new Paragraph(getTranslation(nextStepKey(status, hubSide)));
            next.addClassName("workflow-next");
            notice.add(next);
            notice.addClassName("notice");
            notice.addClassName(status == AssessmentStatus.RETURNED ? "advisor-comment" : "workflow-notice");
            add(notice);
        }
        Div actions = new Div();
        actions.addClassName("workflow-actions");
        String round = Formats.isolate(overview.roundLabel());
        String city = Formats.isolate(overview.city().name().in(language));
        if (overview.canCoordinate() && status.editable()) {
            submit = step("workflow.submit", ButtonVariant.LUMO_PRIMARY, () -> {
                List<Item> open = unanswered.get();
                StepDialog dialog = new StepDialog(
                        getTranslation("workflow.confirm.submit.title", round),
                        "workflow.submit",
                        open.isEmpty() ? "workflow.submit.reason" : "workflow.field.reason-required",
                        !open.isEmpty(),
                        reason -> workflow.submit(assessmentId, reason),
                        "workflow.done.submit");
                if (!open.isEmpty()) {
                    dialog.addItems(getTranslation("workflow.confirm.unanswered", open.size()), open, language);
                }
                long notConfirmed = toConfirm.get();
                if (notConfirmed > 0) {
                    dialog.addWarning(getTranslation("workflow.confirm.submit.to-confirm", notConfirmed))
                            .addClassName("submit-to-confirm");
                }
                dialog.addConsequences(
                        getTranslation("workflow.confirm.submit.locked"),
                        getTranslation("workflow.confirm.submit.told"),
                        getTranslation("workflow.confirm.submit.national"));
                if (!open.isEmpty()) {
                    dialog.addQuestion(getTranslation("workflow.confirm.submit.why"));
                }
                dialog.open();
            });
            actions.add(submit);
            progress(completeness);
        }
        if (overview.canReview() && status == AssessmentStatus.SUBMITTED) {
            actions.add(step(
                    "workflow.start-review",
                    ButtonVariant.LUMO_PRIMARY,
                    () -> run(() -> {
                        workflow.startReview(assessmentId);
                        done("workflow.done.start-review");
                    })));
        }
        // Returning and validating come once the review has started, so the first step is never skipped by mistake.
        if (overview.canReview() && status == AssessmentStatus.IN_REVIEW) {
            actions.add(step("workflow.return", ButtonVariant.LUMO_ERROR, () -> {
                StepDialog dialog = new StepDialog(
                        getTranslation("workflow.confirm.return.title", round, city),
                        "workflow.return",
                        "workflow.field.comment-required",
                        true,
                        comment -> workflow.returnToCity(assessmentId, comment),
                        "workflow.done.return");
                dialog.addConsequences(
                        getTranslation("workflow.confirm.return.unlocked"),
                        getTranslation("workflow.confirm.return.told"));
                dialog.addQuestion(getTranslation("workflow.confirm.return.what"));
                dialog.open();
            }));
            actions.add(step("workflow.validate", ButtonVariant.LUMO_SUCCESS, () -> {
                List<Item> open = unanswered.get();
                long discussions = openDiscussions.get();
                StepDialog dialog = new StepDialog(
                        getTranslation("workflow.confirm.validate.title", round, city),
                        "workflow.validate",
                        "workflow.validate.note",
                        false,
                        note -> workflow.validate(assessmentId, note),
                        "workflow.done.validate");
                if (discussions > 0) {
                    dialog.addWarning(getTranslation("workflow.confirm.validate.discussions", discussions));
                }
                if (!open.isEmpty()) {
                    dialog.addItems(
                            getTranslation("workflow.confirm.validate.unanswered", open.size()), open, language);
                }
                dialog.addConsequences(
                        getTranslation("workflow.confirm.validate.final"),
                        getTranslation("workflow.confirm.validate.told"));
                dialog.open();
            }));
        }
        Anchor history = new Anchor("assessments/" + assessmentId + "/history", getTranslation("workflow.history"));
        history.addClassName("history-link");
        actions.add(history);
        add(actions);
    }

    /** What happens next at this step, told to the city team or to the hub. */
    static String nextStepKey(AssessmentStatus status, boolean hubSide) {
        return "workflow.next." + (hubSide ? "hub." : "city.") + status.name();
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

    /** After a step: the page is rebuilt where the person is, and a message says what happened and what comes next. */
    private void done(String messageKey) {
        String message = getTranslation(messageKey);
        afterStep.run();
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.addClassName("step-done");
    }

    /** Asks for the reason or comment of a step after saying what it does; required ones cannot be left empty. */
    private final class StepDialog extends Dialog {

        private final Div body = new Div();
        private final TextArea text;

        StepDialog(
                String title,
                String confirmKey,
                String fieldKey,
                boolean required,
                Consumer<@Nullable String> step,
                String doneKey) {
            setHeaderTitle(title);
            addClassName("step-dialog");
            body.addClassName("step-dialog-body");
            text = new TextArea(getTranslation(fieldKey));
            text.addClassName("step-dialog-text");
            text.setMaxLength(AnswerDraft.MAX_COMMENT);
            text.setRequired(required);
            text.setWidthFull();
            text.getElement().setAttribute("dir", "auto");
            add(body, text);
            Button confirm = new Button(getTranslation(confirmKey), click -> {
                try {
                    step.accept(text.getValue());
                    close();
                    done(doneKey);
                } catch (InvalidRoundInputException e) {
                    text.setErrorMessage(getTranslation(e.messageKey()));
                    text.setInvalid(true);
                } catch (IllegalTransitionException e) {
                    text.setErrorMessage(getTranslation(e.messageKey()));
                    text.setInvalid(true);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClassName("confirm-step");
            Button cancel = new Button(getTranslation("action.cancel"), click -> close());
            cancel.addClassName("cancel-step");
            getFooter().add(cancel, confirm);
        }

        /** Items without an answer, each a link that closes the dialog and opens the item. */
        void addItems(String heading, List<Item> items, Language language) {
            Paragraph title = new Paragraph(heading);
            title.addClassName("step-warning");
            UnorderedList list = new UnorderedList();
            list.addClassName("step-items");
            for (Item item : items.stream().limit(ITEMS_LISTED).toList()) {
                var link = ResultsView.itemLink(
                        assessmentId, item.id(), item.question().in(language));
                link.getElement().addEventListener("click", click -> close());
                list.add(new ListItem(link));
            }
            body.add(title, list);
            if (items.size() > ITEMS_LISTED) {
                Paragraph more = new Paragraph(getTranslation("workflow.confirm.more", items.size() - ITEMS_LISTED));
                more.addClassName("muted");
                body.add(more);
            }
        }

        Paragraph addWarning(String warning) {
            Paragraph paragraph = new Paragraph(warning);
            paragraph.addClassName("step-warning");
            body.add(paragraph);
            return paragraph;
        }

        /** What the step does: each consequence on its own line. */
        void addConsequences(String... consequences) {
            UnorderedList list = new UnorderedList();
            list.addClassName("step-consequences");
            for (String consequence : consequences) {
                list.add(new ListItem(consequence));
            }
            body.add(list);
        }

        /** The question the field answers, in full above it, so that no label is cut. */
        void addQuestion(String question) {
            Paragraph paragraph = new Paragraph(question);
            paragraph.addClassName("step-question");
            body.add(paragraph);
        }
    }

    /**
     * The note as written, each code of one of the round's items in it ("T1.1 needs evidence") a link that opens that
     * item: a returned round's comment leads straight to what it asks about.
     */
    private Paragraph noteWithItemLinks(String note, Set<String> itemIds) {
        Paragraph paragraph = new Paragraph();
        Matcher words = WORD.matcher(note);
        int written = 0;
        while (words.find()) {
            if (itemIds.contains(words.group())) {
                paragraph.add(new Text(note.substring(written, words.start())));
                paragraph.add(ResultsView.linkToItem(assessmentId, words.group(), Formats.isolate(words.group())));
                written = words.end();
            }
        }
        paragraph.add(new Text(note.substring(written)));
        return paragraph;
    }
}
