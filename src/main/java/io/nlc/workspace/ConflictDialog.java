package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.base.Formats;
import io.nlc.content.Item;
import io.nlc.content.Language;
import java.util.function.Consumer;

/** Someone else saved this answer meanwhile: show both values and let the user choose. Nothing is overwritten silently. */
class ConflictDialog extends Dialog {

    ConflictDialog(
            Item item,
            Language language,
            AnswerDraft mine,
            SavedAnswer theirs,
            Consumer<SavedAnswer> keepTheirs,
            Runnable keepMine) {
        setHeaderTitle(getTranslation("conflict.title", item.id()));
        addClassName("conflict-dialog");
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation(
                "conflict.message",
                theirs.updatedBy() == null ? "?" : Formats.isolate(theirs.updatedBy()),
                Formats.dateTime(theirs.updatedAt(), language))));
        Div columns = new Div(column("conflict.theirs", theirs.draft()), column("conflict.mine", mine));
        columns.addClassName("conflict-columns");
        add(columns);
        Button theirsButton = new Button(getTranslation("conflict.keep-theirs"), click -> {
            close();
            keepTheirs.accept(theirs);
        });
        theirsButton.addClassName("keep-theirs");
        Button mineButton = new Button(getTranslation("conflict.keep-mine"), click -> {
            close();
            keepMine.run();
        });
        mineButton.addClassName("keep-mine");
        mineButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(theirsButton, mineButton);
    }

    private Div column(String titleKey, AnswerDraft draft) {
        Choice choice = Choice.of(draft);
        String answer = choice == null
                ? getTranslation("item.status.unanswered")
                : choice.level() != null
                        ? getTranslation("item.level", choice.level())
                        : getTranslation("choice." + choice.name());
        Div column = new Div(new H4(getTranslation(titleKey)), new Paragraph(answer));
        if (!draft.comment().isBlank()) {
            Paragraph comment = new Paragraph(draft.comment());
            comment.getElement().setAttribute("dir", "auto");
            column.add(comment);
        }
        column.add(
                new Paragraph(getTranslation("conflict.links", draft.evidence().size())));
        if (draft.confidence() != null) {
            column.add(new Paragraph(getTranslation("item.confidence") + ": "
                    + getTranslation("confidence." + draft.confidence().name())));
        }
        column.addClassName("conflict-column");
        return column;
    }
}
