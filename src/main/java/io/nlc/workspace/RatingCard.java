package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.nlc.base.Confirmations;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.kernel.InvalidInputException;
import io.nlc.kernel.Markup;
import io.nlc.kernel.PlainText;
import io.nlc.workshop.ItemSpread;
import io.nlc.workshop.RaterTask;
import io.nlc.workshop.Raters;
import io.nlc.workshop.RatingDraft;
import io.nlc.workshop.RatingEntry;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One item to rate: the question, its guidance and level descriptors, the rater's own level and comment, and, once
 * they have rated, the others' ratings. On the "To rate" page and on a workshop participant's phone.
 */
class RatingCard extends Section {

    RatingCard(Raters raters, RaterTask task, Language language, Runnable afterSave) {
        Section card = this;
        card.addClassName("rating-card");
        card.addClassName("item-card");
        Span where = new Span(Formats.isolate(task.city().in(language)) + " · " + PlainText.isolate(task.roundLabel())
                + " · " + task.theme().in(language));
        where.addClassName("muted");
        Markup question = ItemCard.questionHeading(task.item(), language);
        Paragraph guidance = new Paragraph(task.item().guidance().in(language));
        guidance.addClassName("guidance");
        card.add(where, question, guidance);

        // The questionnaire's choice, so that a rater chooses a level the way the team does.
        ChoiceGroup<Choice> level = new ChoiceGroup<>();
        level.setLabel(getTranslation("ratings.your-level"));
        level.setItems(Choice.values());
        level.setOptionHtml(option -> optionLabel(option, task, language));
        level.addClassNames("level-choice", "vertical");
        TextArea comment = new TextArea(getTranslation("ratings.comment"));
        comment.setMaxLength(RatingDraft.MAX_COMMENT);
        comment.setWidthFull();
        comment.getElement().setAttribute("dir", "auto");
        RatingEntry mine = task.mine();
        if (mine != null) {
            level.setValue(choiceOf(mine));
            comment.setValue(mine.comment());
        }
        Button save = new Button(getTranslation(mine == null ? "ratings.save" : "ratings.update"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-rating");
        save.addClickListener(click -> {
            level.setInvalid(false);
            comment.setInvalid(false);
            if (level.getValue() == null) {
                level.setErrorMessage(getTranslation("rating.error.level"));
                level.setInvalid(true);
                return;
            }
            try {
                raters.rate(
                        task.assessmentId(),
                        task.item().id(),
                        draft(level.getValue(), comment.getValue()),
                        mine == null ? -1 : mine.version());
                Confirmations.show("rating-saved", getTranslation("ratings.saved"));
                afterSave.run();
            } catch (InvalidInputException refused) {
                FieldErrors.show(refused, level, Map.of("comment", comment));
            }
        });
        card.add(level, comment, save);
        ItemSpread spread = task.spread();
        if (spread == null) {
            Paragraph hidden = new Paragraph(getTranslation("ratings.others-hidden"));
            hidden.addClassName("muted");
            card.add(hidden);
        } else {
            card.add(SpreadPanel.of(spread, language));
        }
    }

    private String optionLabel(Choice option, RaterTask task, Language language) {
        Integer value = option.level();
        String name = value != null
                ? getTranslation("item.level", value) + " · "
                        + task.levelNames().get(value).in(language)
                : getTranslation(SpreadPanel.neutralChoiceKey(option.name()));
        return ItemCard.levelOptionHtml(
                name, value == null ? null : task.item().level(value).in(language));
    }

    static RatingDraft draft(Choice choice, String comment) {
        return new RatingDraft(choice.state(), choice.level(), comment);
    }

    static @Nullable Choice choiceOf(RatingEntry rating) {
        return Choice.of(rating.state(), rating.level());
    }
}
