package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AssessmentRef;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.plan.ActionConflictException;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.InvalidActionException;
import io.nlc.plan.PlannedAction;
import io.nlc.plan.ProgressNote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One action in full: what it is, who owns it, its dates and status, where it came from, its progress notes. The
 * coordinator and the owner change its status (dropping needs a reason, and the coordinator) and add notes; the
 * coordinator edits it. Once it is done, it offers to re-rate the items it addressed in the current round.
 */
class ActionDetailsDialog extends Dialog {

    private final ActionPlans plans;
    private final List<AssessmentRef> rounds;
    private final Runnable changed;
    private PlannedAction action;
    private boolean justDone;

    /** @param rounds the city's rounds, newest first */
    ActionDetailsDialog(ActionPlans plans, PlannedAction action, List<AssessmentRef> rounds, Runnable changed) {
        this.plans = plans;
        this.action = action;
        this.rounds = rounds;
        this.changed = changed;
        addClassName("action-details");
        setWidth("min(40rem, 100vw)");
        Button close = new Button(getTranslation("plan.close"), click -> close());
        close.addClassName("close-details");
        getFooter().add(close);
        render();
    }

    private void render() {
        removeAll();
        Language language = Languages.current();
        setHeaderTitle(Formats.isolate(action.title()));
        Div facts = new Div();
        facts.addClassName("action-facts");
        facts.add(fact(
                "plan.col.status",
                getTranslation("plan.status." + action.status().name())));
        facts.add(fact("plan.col.owner", Formats.isolate(action.owner())));
        facts.add(fact(
                "plan.field.start",
                action.startDate() == null
                        ? getTranslation("plan.no-date")
                        : Formats.date(action.startDate(), language)));
        facts.add(fact(
                "plan.field.due",
                (action.dueDate() == null ? getTranslation("plan.no-date") : Formats.date(action.dueDate(), language))
                        + (action.overdue() ? " · " + getTranslation("plan.overdue") : "")));
        facts.add(fact("plan.col.addresses", action.targets().isEmpty() ? "–" : String.join(", ", action.targets())));
        facts.add(fact(
                "plan.col.round",
                Formats.isolate(action.roundLabel())
                        + (action.origin().isEmpty() ? "" : " · " + String.join(", ", action.origin()))));
        add(facts);
        if (!action.description().isBlank()) {
            Paragraph description = new Paragraph(action.description());
            description.getElement().setAttribute("dir", "auto");
            description.addClassName("action-description");
            add(description);
        }
        if (action.status() == ActionStatus.DROPPED && action.dropReason() != null) {
            Paragraph reason =
                    new Paragraph(getTranslation("plan.dropped-because", Formats.isolate(action.dropReason())));
            reason.addClassName("notice");
            add(reason);
        }
        // Only those who answer for the city can re-rate; readers from the hub see no such offer.
        if (action.status() == ActionStatus.DONE && action.progressable()) {
            add(rerate(language));
        }
        if (action.editable()) {
            Button edit = new Button(
                    getTranslation("plan.edit"),
                    click -> new ActionDialog(plans, action.cityId(), rounds, null, action, saved -> {
                                action = saved;
                                changed.run();
                                render();
                            })
                            .open());
            edit.addClassName("edit-action");
            add(edit);
        }
        if (action.progressable()) {
            add(statusForm());
            add(noteForm());
        }
        add(new H3(getTranslation("plan.notes")));
        if (action.notes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.notes.none"));
            none.addClassName("muted");
            add(none);
        } else {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("progress-notes");
            for (ProgressNote note : action.notes()) {
                Span when = new Span(Formats.dateTime(note.at(), language) + " · " + Formats.isolate(note.author()));
                when.addClassName("muted");
                Paragraph text = new Paragraph(note.text());
                text.getElement().setAttribute("dir", "auto");
                notes.add(new ListItem(when, text));
            }
            add(notes);
        }
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span text = new Span(value);
        Div fact = new Div(label, text);
        fact.addClassName("action-fact");
        return fact;
    }

    private Div statusForm() {
        Select<ActionStatus> next = new Select<>();
        next.setLabel(getTranslation("plan.field.status"));
        List<ActionStatus> choices = action.editable()
                ? List.of(ActionStatus.values())
                : List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE);
        next.setItems(choices);
        next.setItemLabelGenerator(value -> getTranslation("plan.status." + value.name()));
        next.setValue(action.status());
        next.addClassName("next-status");
        TextArea reason = new TextArea(getTranslation("plan.field.reason"));
        reason.addClassName("drop-reason");
        reason.setVisible(false);
        reason.setMaxLength(2000);
        next.addValueChangeListener(change -> reason.setVisible(change.getValue() == ActionStatus.DROPPED));
        Runnable change = () -> {
            ActionStatus chosen = next.getValue();
            try {
                action = plans.changeStatus(action.id(), action.version(), chosen, reason.getValue());
                justDone = chosen == ActionStatus.DONE;
                changed.run();
                render();
                PlanView.notice(getTranslation(
                        "plan.done.status",
                        Formats.isolate(action.title()),
                        getTranslation("plan.status." + chosen.name())));
            } catch (InvalidActionException refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            } catch (ActionConflictException conflict) {
                reload();
            }
        };
        Button apply = new Button(getTranslation("plan.status.change"), click -> {
            reason.setInvalid(false);
            // Dropping takes the action out of the work in progress: ask first, once there is a reason to keep.
            if (next.getValue() == ActionStatus.DROPPED
                    && action.status() != ActionStatus.DROPPED
                    && !reason.getValue().isBlank()) {
                confirmDrop(change);
            } else {
                change.run();
            }
        });
        apply.addClassName("change-status");
        Div form = new Div(next, reason, apply);
        form.addClassName("status-form");
        return form;
    }

    /** Nothing changes on cancel, Escape or a click outside. */
    private void confirmDrop(Runnable drop) {
        Dialog confirm = new Dialog();
        confirm.addClassName("confirm-dialog");
        confirm.addClassName("confirm-drop");
        confirm.setHeaderTitle(getTranslation("plan.confirm.drop.title", Formats.isolate(action.title())));
        confirm.add(new Paragraph(getTranslation("plan.confirm.drop.message")));
        Button yes = new Button(getTranslation("plan.confirm.drop.action"), click -> {
            confirm.close();
            drop.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClassName("confirm-action");
        Button no = new Button(getTranslation("action.cancel"), click -> confirm.close());
        no.addClassName("cancel-action");
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    private Div noteForm() {
        TextArea note = new TextArea(getTranslation("plan.field.note"));
        note.addClassName("progress-note");
        note.setMaxLength(4000);
        Button add = new Button(getTranslation("plan.note.add"), click -> {
            note.setInvalid(false);
            try {
                action = plans.addNote(action.id(), note.getValue());
                changed.run();
                render();
                PlanView.notice(getTranslation("plan.done.note"));
            } catch (InvalidActionException refused) {
                note.setErrorMessage(getTranslation(refused.messageKey()));
                note.setInvalid(true);
            }
        });
        add.addClassName("add-note");
        Div form = new Div(note, add);
        form.addClassName("note-form");
        return form;
    }

    /**
     * Closing the loop: links to the questionnaire of the current round (the newest one that can still be answered)
     * at each item the action addressed; a theme leads to its first item.
     */
    private Div rerate(Language language) {
        Div box = new Div();
        box.addClassName("rerate");
        box.addClassName("notice");
        Optional<AssessmentRef> current =
                rounds.stream().filter(round -> round.status().editable()).findFirst();
        if (current.isEmpty() || action.targets().isEmpty()) {
            box.add(new Paragraph(
                    getTranslation(action.targets().isEmpty() ? "plan.rerate.nothing" : "plan.rerate.no-round")));
            return box;
        }
        Map<String, Item> items = new LinkedHashMap<>();
        for (Theme theme : current.get().scope().themes()) {
            for (String target : action.targets()) {
                if (target.equals(theme.id()) && !theme.items().isEmpty()) {
                    items.putIfAbsent(
                            theme.items().getFirst().id(), theme.items().getFirst());
                }
                theme.items().stream()
                        .filter(item -> item.id().equals(target))
                        .findFirst()
                        .ifPresent(item -> items.putIfAbsent(item.id(), item));
            }
        }
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation("plan.rerate.no-round")));
            return box;
        }
        box.add(new Paragraph(getTranslation(
                justDone ? "plan.rerate.offer" : "plan.rerate",
                Formats.isolate(current.get().roundLabel()))));
        UnorderedList list = new UnorderedList();
        for (Item item : items.values()) {
            RouterLink link = new RouterLink(
                    Formats.isolate(item.id()) + " · " + item.question().in(language),
                    QuestionnaireView.class,
                    new RouteParameters("id", String.valueOf(current.get().id())));
            link.setQueryParameters(QueryParameters.of(MyItemsView.ITEM_PARAMETER, item.id()));
            link.addClassName("rerate-link");
            link.getElement().addEventListener("click", click -> close());
            list.add(new ListItem(link));
        }
        box.add(list);
        return box;
    }

    private void reload() {
        PlanView.notice(getTranslation("plan.conflict"));
        action = plans.action(action.id());
        changed.run();
        render();
    }
}
