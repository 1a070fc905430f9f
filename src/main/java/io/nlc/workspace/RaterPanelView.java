package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.SavedAnswer;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.kernel.InvalidInputException;
import io.nlc.organisation.TeamMember;
import io.nlc.workshop.ItemSpread;
import io.nlc.workshop.PanelItem;
import io.nlc.workshop.Raters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several raters on a round: the coordinator opens themes or items to raters (team members or invited stakeholders),
 * follows who has rated, reads where they differ most, and records the agreed level with its reason. Advisors and the
 * team read the same page; the services decide who may do what.
 */
@Route("assessments/:id(\\d{1,18})/raters")
@PermitAll
class RaterPanelView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final Raters raters;
    private long assessmentId;
    private String title = "";

    RaterPanelView(AssessmentService assessments, Raters raters) {
        this.assessments = assessments;
        this.raters = raters;
        addClassName("page");
        addClassName("rater-panel-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessmentId = event.getRouteParameters().getLong("id").orElseThrow(() -> new AssessmentNotFoundException(-1));
        build();
    }

    private void build() {
        removeAll();
        Language language = Languages.current();
        AssessmentOverview overview = assessments.overview(assessmentId);
        Map<String, PanelItem> panel = raters.panel(assessmentId);
        List<Theme> themes = assessments.themesInScope(assessmentId);
        title = getTranslation("raters.title") + " — "
                + Formats.isolate(overview.city().name().in(language)) + " — " + Formats.isolate(overview.roundLabel());
        RouterLink back = new RouterLink(
                getTranslation("raters.back"),
                QuestionnaireView.class,
                new RouteParameters("id", String.valueOf(assessmentId)));
        back.addClassName("back-link");
        add(new H1(title), back, new Paragraph(getTranslation("raters.intro")));
        if (overview.canCoordinate()) {
            RouterLink workshop = new RouterLink(
                    getTranslation("workshop.open"),
                    WorkshopView.class,
                    new RouteParameters("id", String.valueOf(assessmentId)));
            workshop.addClassName("workshop-link");
            add(workshop, openForm(themes, language));
        }
        List<ItemSpread> disagreements = raters.disagreements(assessmentId);
        if (!disagreements.isEmpty()) {
            add(new Disagreements(disagreements, themes, language));
        }
        if (panel.isEmpty()) {
            Paragraph empty = new Paragraph(
                    getTranslation(overview.canCoordinate() ? "raters.empty.coordinator" : "raters.empty"));
            empty.addClassName("notice");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Map<String, SavedAnswer> answers = assessments.answers(assessmentId);
        for (Theme theme : themes) {
            List<Item> opened = theme.items().stream()
                    .filter(item -> panel.containsKey(item.id()))
                    .toList();
            if (opened.isEmpty()) {
                continue;
            }
            add(new H2(Formats.isolate(theme.id()) + " · " + theme.name().in(language)));
            for (Item item : opened) {
                add(itemCard(item, panel.get(item.id()), answers.get(item.id()), overview, language));
            }
        }
    }

    /**
     * What a panel or a workshop covers: each theme ("the whole theme") followed by its items. Shared by the raters
     * page and the workshop's start form.
     */
    static MultiSelectComboBox<String> themesAndItems(List<Theme> themes, Language language) {
        MultiSelectComboBox<String> what = new MultiSelectComboBox<>();
        what.setLabel(what.getTranslation("raters.open.what"));
        List<String> targets = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (Theme theme : themes) {
            targets.add(theme.id());
            labels.put(
                    theme.id(),
                    what.getTranslation(
                            "raters.open.whole-theme", theme.id(), theme.name().in(language)));
            for (Item item : theme.items()) {
                targets.add(item.id());
                labels.put(item.id(), item.id() + " · " + item.question().in(language));
            }
        }
        what.setItems(targets);
        what.setItemLabelGenerator(labels::get);
        what.setWidthFull();
        return what;
    }

    private Section openForm(List<Theme> themes, Language language) {
        Section form = new Section(new H2(getTranslation("raters.open.title")));
        form.addClassName("open-to-raters");
        form.addClassName("item-card");
        MultiSelectComboBox<String> what = themesAndItems(themes, language);
        MultiSelectComboBox<TeamMember> who = new MultiSelectComboBox<>(getTranslation("raters.open.who"));
        who.setItems(raters.possibleRaters(assessmentId));
        who.setItemLabelGenerator(person -> person.displayName() + " · "
                + getTranslation("role." + person.role().name()));
        who.setWidthFull();
        // The accounts screen lives in organisation's UI, which screens here cannot name without a module cycle.
        Anchor invite = new Anchor("accounts", getTranslation("raters.open.invite"));
        invite.addClassName("invite-rater");
        Button open = new Button(getTranslation("raters.open.action"), click -> {
            what.setInvalid(false);
            who.setInvalid(false);
            try {
                raters.open(
                        assessmentId,
                        what.getSelectedItems(),
                        who.getSelectedItems().stream().map(TeamMember::id).toList());
                Notification.show(getTranslation("raters.open.done"), 4000, Notification.Position.BOTTOM_STRETCH);
                build();
            } catch (InvalidInputException refused) {
                FieldErrors.show(refused, what, Map.of("raters", who));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("open-raters");
        form.add(new Paragraph(getTranslation("raters.open.hint")), what, who, invite, open);
        return form;
    }

    private Section itemCard(
            Item item, PanelItem panelItem, SavedAnswer answer, AssessmentOverview overview, Language language) {
        Section card = new Section();
        card.addClassName("item-card");
        card.addClassName("panel-item");
        H3 question = new H3(new Span(item.id()), new Span(item.question().in(language)));
        question.addClassName("item-question");
        card.add(question);
        card.add(new PanelSummary(panelItem, answer, language));
        ItemSpread spread = panelItem.spread();
        PanelItem.Agreement agreement = panelItem.agreement();
        if (overview.canCoordinate() && spread != null && !spread.ratings().isEmpty()) {
            Button agree = new Button(
                    getTranslation(agreement == null ? "raters.agree" : "raters.agree-again"),
                    click -> agreeDialog(item, answer, language));
            agree.addThemeVariants(agreement == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            agree.addClassName("agree");
            card.add(agree);
        }
        return card;
    }

    private void agreeDialog(Item item, SavedAnswer answer, Language language) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("raters.agree.title", item.id()));
        RadioButtonGroup<Choice> level = new RadioButtonGroup<>(getTranslation("raters.agree.level"));
        level.setItems(Choice.values());
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setItemLabelGenerator(option -> option.level() != null
                ? getTranslation("item.level", option.level()) + " · "
                        + item.level(option.level()).in(language)
                : getTranslation(SpreadPanel.neutralChoiceKey(option.name())));
        AnswerDraft current = answer == null ? AnswerDraft.empty() : answer.draft();
        level.setValue(Choice.of(current));
        TextArea reason = new TextArea(getTranslation("raters.agree.reason"));
        reason.setHelperText(getTranslation("raters.agree.reason-hint"));
        reason.setWidthFull();
        reason.getElement().setAttribute("dir", "auto");
        dialog.add(level, reason);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button save = new Button(getTranslation("raters.agree.save"), click -> {
            level.setInvalid(false);
            reason.setInvalid(false);
            if (level.getValue() == null) {
                level.setErrorMessage(getTranslation("rating.error.level"));
                level.setInvalid(true);
                return;
            }
            try {
                raters.agree(
                        assessmentId,
                        item.id(),
                        level.getValue().applyTo(current),
                        answer == null ? SavedAnswer.NEW : answer.version(),
                        reason.getValue());
                dialog.close();
                Notification.show(getTranslation("raters.agree.done"), 4000, Notification.Position.BOTTOM_STRETCH);
                build();
            } catch (InvalidInputException refused) {
                FieldErrors.show(refused, level, Map.of("reason", reason));
            } catch (AnswerConflictException conflict) {
                dialog.close();
                Notification.show(getTranslation("raters.agree.conflict"), 6000, Notification.Position.BOTTOM_STRETCH);
                build();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-agreement");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
