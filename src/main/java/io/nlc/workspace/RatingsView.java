package io.nlc.workspace;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.kernel.InvalidInputException;
import io.nlc.kernel.PlainText;
import io.nlc.scoring.AnswerState;
import io.nlc.workshop.ItemSpread;
import io.nlc.workshop.RaterTask;
import io.nlc.workshop.Raters;
import io.nlc.workshop.RatingDraft;
import io.nlc.workshop.RatingEntry;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The items the signed-in person was asked to rate, one card each: the question, its guidance and level descriptors,
 * their own level and comment, and, once they have rated, the others' ratings. The whole app for a rater account
 * (police, a school, an association); for a team member, the items their coordinator opened to several raters.
 */
@Route("ratings")
@Menu(order = 2, title = "nav.ratings", icon = "vaadin:scale")
@RolesAllowed({"RATER", "CITY_MEMBER", "CITY_COORDINATOR"})
class RatingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Raters raters;
    private final Div list = new Div();

    RatingsView(Raters raters) {
        this.raters = raters;
        addClassName("page");
        addClassName("ratings-page");
        list.addClassName("ratings-list");
        add(new H1(getTranslation("ratings.title")), new Paragraph(getTranslation("ratings.intro")), list);
    }

    /** Read on every visit: Vaadin reuses the view when one navigates to it again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<RaterTask> tasks = raters.myTasks();
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("ratings.empty"));
            empty.addClassName("notice");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        long left = tasks.stream().filter(task -> task.mine() == null).count();
        Paragraph count = new Paragraph(getTranslation("ratings.count", tasks.size(), left));
        count.addClassName("muted");
        list.add(count);
        Language language = Languages.current();
        for (RaterTask task : tasks) {
            list.add(card(task, language));
        }
    }

    private Section card(RaterTask task, Language language) {
        Section card = new Section();
        card.addClassName("rating-card");
        card.addClassName("item-card");
        Span where = new Span(Formats.isolate(task.city().in(language)) + " · " + PlainText.isolate(task.roundLabel())
                + " · " + task.theme().in(language));
        where.addClassName("muted");
        // The same heading as the questionnaire's item card: the id apart, the question at a readable size.
        H3 question = new H3(
                new Span(task.item().id()), new Span(task.item().question().in(language)));
        question.addClassName("item-question");
        Paragraph guidance = new Paragraph(task.item().guidance().in(language));
        guidance.addClassName("guidance");
        card.add(where, question, guidance);

        RadioButtonGroup<Choice> level = new RadioButtonGroup<>(getTranslation("ratings.your-level"));
        level.setItems(Choice.values());
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setRenderer(new ComponentRenderer<>(option -> optionLabel(option, task, language)));
        level.addClassName("level-choice");
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
                Notification.show(getTranslation("ratings.saved"), 4000, Notification.Position.BOTTOM_STRETCH);
                refresh();
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
        return card;
    }

    private Html optionLabel(Choice option, RaterTask task, Language language) {
        Integer value = option.level();
        String name = value != null
                ? getTranslation("item.level", value) + " · "
                        + task.levelNames().get(value).in(language)
                : getTranslation(SpreadPanel.neutralChoiceKey(option.name()));
        String descriptor = value != null
                ? "<span class=\"level-descriptor\">"
                        + ItemCard.escape(task.item().level(value).in(language)) + "</span>"
                : "";
        return new Html("<div class=\"level-option\"><span class=\"level-name\">" + ItemCard.escape(name) + "</span>"
                + descriptor + "</div>");
    }

    static RatingDraft draft(Choice choice, String comment) {
        Integer value = choice.level();
        return switch (choice) {
            case NOT_APPLICABLE -> new RatingDraft(AnswerState.NOT_APPLICABLE, null, comment);
            case DONT_KNOW -> new RatingDraft(AnswerState.DONT_KNOW, null, comment);
            default -> new RatingDraft(AnswerState.LEVEL, value, comment);
        };
    }

    static @Nullable Choice choiceOf(RatingEntry rating) {
        return switch (rating.state()) {
            case LEVEL -> rating.level() == null ? null : Choice.values()[rating.level()];
            case NOT_APPLICABLE -> Choice.NOT_APPLICABLE;
            case DONT_KNOW -> Choice.DONT_KNOW;
            case UNANSWERED -> null;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ratings.title") + " | " + getTranslation("app.title");
    }
}
