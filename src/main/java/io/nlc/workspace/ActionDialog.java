package io.nlc.workspace;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.assessment.AssessmentRef;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.organisation.TeamMember;
import io.nlc.plan.ActionConflictException;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.InvalidActionException;
import io.nlc.plan.PlannedAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits an action of the plan: blank, or prefilled from a suggested action of the results. Refused input
 * is shown next to its field and nothing is saved. The round an action comes from is chosen when it is created and
 * stays.
 */
class ActionDialog extends Dialog {

    private final ActionPlans plans;
    private final long cityId;
    private final @Nullable PlannedAction editing;
    private final Consumer<PlannedAction> saved;

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<AssessmentRef> round = new Select<>();
    private final RadioButtonGroup<Boolean> outside = new RadioButtonGroup<>();
    private final ComboBox<TeamMember> member = new ComboBox<>();
    private final TextField outsideName = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker due = new DatePicker();
    private final MultiSelectComboBox<String> targets = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields;

    /**
     * @param rounds  the city's rounds, newest first; a new action comes from the first unless {@code draft} says
     * @param draft   the values to start from (a suggested action), or null for a blank action
     * @param editing the action edited, or null to create one
     */
    ActionDialog(
            ActionPlans plans,
            long cityId,
            List<AssessmentRef> rounds,
            @Nullable ActionDraft draft,
            @Nullable PlannedAction editing,
            Consumer<PlannedAction> saved) {
        this.plans = plans;
        this.cityId = cityId;
        this.editing = editing;
        this.saved = saved;
        Language language = Languages.current();
        setHeaderTitle(getTranslation(editing == null ? "plan.dialog.new" : "plan.dialog.edit"));
        addClassName("action-dialog");

        title.setLabel(getTranslation("plan.field.title"));
        title.setRequired(true);
        title.setMaxLength(200);
        title.addClassName("action-title");
        // The city's own words: each field takes the direction of what is typed (Arabic or French), like comments.
        title.getElement().setAttribute("dir", "auto");
        description.getElement().setAttribute("dir", "auto");
        outsideName.getElement().setAttribute("dir", "auto");
        description.setLabel(getTranslation("plan.field.description"));
        description.setMaxLength(4000);
        round.setLabel(getTranslation("plan.field.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(ref -> Formats.isolate(ref.roundLabel()));
        round.setEnabled(editing == null);
        outside.setLabel(getTranslation("plan.field.owner"));
        outside.setItems(false, true);
        outside.setItemLabelGenerator(value -> getTranslation(value ? "plan.owner.outside" : "plan.owner.team"));
        outside.setValue(false);
        outside.addClassName("owner-kind");
        member.setLabel(getTranslation("plan.field.member"));
        member.setItems(plans.team(cityId));
        member.setItemLabelGenerator(person -> Formats.isolate(person.displayName()));
        member.addClassName("owner-member");
        outsideName.setLabel(getTranslation("plan.field.outside"));
        outsideName.setMaxLength(200);
        outsideName.addClassName("owner-outside");
        outside.addValueChangeListener(change -> showOwner());
        start.setLabel(getTranslation("plan.field.start"));
        due.setLabel(getTranslation("plan.field.due"));
        start.setLocale(language.locale());
        due.setLocale(language.locale());
        start.addClassName("action-start");
        due.addClassName("action-due");
        targets.setLabel(getTranslation("plan.field.targets"));
        targets.addClassName("action-targets");
        round.addValueChangeListener(change -> offerTargets(change.getValue(), language));

        fields = Map.of(
                "title",
                title,
                "description",
                description,
                "round",
                round,
                "owner",
                outsideName,
                "startDate",
                start,
                "dueDate",
                due,
                "targets",
                targets);

        ActionDraft initial = draft != null ? draft : editing != null ? editing.draft() : null;
        AssessmentRef initialRound = initial == null
                ? rounds.getFirst()
                : rounds.stream()
                        .filter(ref -> ref.id() == initial.assessmentId())
                        .findFirst()
                        .orElse(rounds.getFirst());
        round.setValue(initialRound);
        if (initial != null) {
            title.setValue(initial.title());
            description.setValue(initial.description());
            start.setValue(initial.startDate());
            due.setValue(initial.dueDate());
            targets.setValue(new LinkedHashSet<>(initial.targets()));
            if (initial.ownerUserId() != null) {
                member.getListDataView()
                        .getItems()
                        .filter(person -> person.id() == initial.ownerUserId())
                        .findFirst()
                        .ifPresent(member::setValue);
            } else if (initial.ownerName() != null) {
                outside.setValue(true);
                outsideName.setValue(initial.ownerName());
            }
        }
        showOwner();

        FormLayout form = new FormLayout(title, description, round, outside, member, outsideName, start, due, targets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(targets, 2);
        add(form);
        if (editing == null && draft != null) {
            Paragraph hint = new Paragraph(getTranslation("plan.dialog.from-suggestion"));
            hint.addClassName("muted");
            add(hint);
        }

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("plan.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-action");
        getFooter().add(cancel, save);
    }

    private void showOwner() {
        boolean isOutside = Boolean.TRUE.equals(outside.getValue());
        member.setVisible(!isOutside);
        outsideName.setVisible(isOutside);
    }

    /** The themes and items of the round, each theme followed by its items. */
    private void offerTargets(@Nullable AssessmentRef ref, Language language) {
        Set<String> kept = new LinkedHashSet<>(targets.getValue());
        List<String> ids = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        if (ref != null) {
            for (Theme theme : ref.scope().themes()) {
                ids.add(theme.id());
                labels.put(theme.id(), theme.id() + " · " + theme.name().in(language));
                for (Item item : theme.items()) {
                    ids.add(item.id());
                    labels.put(item.id(), item.id() + " · " + item.question().in(language));
                }
            }
        }
        targets.setItems(ids);
        targets.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
        kept.retainAll(ids);
        targets.setValue(kept);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        member.setInvalid(false);
        AssessmentRef from = Objects.requireNonNull(round.getValue());
        boolean isOutside = Boolean.TRUE.equals(outside.getValue());
        ActionDraft draft = new ActionDraft(
                from.id(),
                title.getValue(),
                description.getValue(),
                isOutside || member.getValue() == null
                        ? null
                        : member.getValue().id(),
                isOutside ? outsideName.getValue() : null,
                start.getValue(),
                due.getValue(),
                targets.getValue());
        try {
            PlannedAction result =
                    editing == null ? plans.create(cityId, draft) : plans.edit(editing.id(), editing.version(), draft);
            close();
            saved.accept(result);
            PlanView.notice(getTranslation(
                    editing == null ? "plan.done.created" : "plan.done.edited", Formats.isolate(result.title())));
        } catch (InvalidActionException refused) {
            HasValidation field = "owner".equals(refused.field()) && !isOutside
                    ? member
                    : fields.getOrDefault(refused.field(), title);
            field.setErrorMessage(getTranslation(refused.messageKey()));
            field.setInvalid(true);
        } catch (ActionConflictException conflict) {
            // Only an edit can meet a newer version: show the action as it now stands.
            close();
            PlanView.notice(getTranslation("plan.conflict"));
            if (editing != null) {
                saved.accept(plans.action(editing.id()));
            }
        }
    }
}
