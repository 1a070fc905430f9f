package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.NotVisibleException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A city's action plan: every action with its owner, due date and status, overdue ones marked, filtered by status,
 * owner and theme. The coordinator adds and edits actions; the owner of an action moves it along in its details.
 * Reached from the home page, the results and the portfolio (it needs a city, so it is no menu entry).
 */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("cities/:cityId(\\d{1,18})/plan")
@PermitAll
class PlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlans plans;
    private final AssessmentService assessments;
    private final Organisation organisation;

    private final Select<ActionStatus> status = new Select<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final DataTable<PlannedAction> table = new DataTable<>("plan-table");
    private final Paragraph empty = new Paragraph();
    private final Div head = new Div();
    private long cityId;
    private List<AssessmentRef> rounds = List.of();
    private Map<String, String> themeNames = Map.of();
    private String title = "";

    PlanView(ActionPlans plans, AssessmentService assessments, Organisation organisation) {
        this.plans = plans;
        this.assessments = assessments;
        this.organisation = organisation;
        addClassName("page");
        addClassName("plan-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cityId = event.getRouteParameters().getLong("cityId").orElseThrow(() -> new NotVisibleException("no city"));
        CityRef city = organisation.city(cityId);
        Language language = Languages.current();
        // Newest round first: a new action comes from it unless the coordinator picks another.
        rounds = assessments.cityAssessments(cityId).stream()
                .sorted(Comparator.comparing(AssessmentRef::id).reversed())
                .toList();
        themeNames = new LinkedHashMap<>();
        for (AssessmentRef round : rounds.reversed()) {
            for (Theme found : round.scope().themes()) {
                themeNames.put(found.id(), found.id() + " · " + found.name().in(language));
            }
        }
        title = getTranslation("plan.title") + " — "
                + Formats.isolate(city.name().in(language));
        render(language);
    }

    private void render(Language language) {
        removeAll();
        add(new H1(title));
        Paragraph intro = new Paragraph(getTranslation("plan.intro"));
        intro.addClassName("muted");
        RouterLink back = new RouterLink(getTranslation("plan.back"), HomeView.class);
        back.addClassName("back-link");
        add(back, intro);

        head.removeAll();
        head.addClassName("plan-head");
        if (organisation.currentUser().role() == Role.CITY_COORDINATOR
                && Long.valueOf(cityId).equals(organisation.currentUser().cityId())) {
            if (rounds.isEmpty()) {
                Paragraph noRound = new Paragraph(getTranslation("plan.no-round"));
                noRound.addClassName("notice");
                head.add(noRound);
            } else {
                Button add = new Button(
                        getTranslation("plan.add"),
                        VaadinIcon.PLUS.create(),
                        click -> new ActionDialog(plans, cityId, rounds, null, null, saved -> refresh()).open());
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.addClassName("add-action");
                head.add(add);
            }
        }
        add(head);

        status.setLabel(getTranslation("plan.filter.status"));
        status.setItems(ActionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("plan.filter.any"));
        status.setItemLabelGenerator(value ->
                value == null ? getTranslation("plan.filter.any") : getTranslation("plan.status." + value.name()));
        status.addClassName("filter-status");
        owner.setLabel(getTranslation("plan.filter.owner"));
        owner.setPlaceholder(getTranslation("plan.filter.any"));
        owner.setClearButtonVisible(true);
        owner.addClassName("filter-owner");
        theme.setLabel(getTranslation("plan.filter.theme"));
        theme.setPlaceholder(getTranslation("plan.filter.any"));
        theme.setClearButtonVisible(true);
        theme.setItems(List.copyOf(themeNames.keySet()));
        theme.setItemLabelGenerator(id -> themeNames.getOrDefault(id, id));
        theme.addClassName("filter-theme");
        Div filters = new Div(status, owner, theme);
        filters.addClassName("filters");
        status.addValueChangeListener(change -> refresh());
        owner.addValueChangeListener(change -> refresh());
        theme.addValueChangeListener(change -> refresh());
        add(filters);

        table.column(getTranslation("plan.col.action"), this::titleCell)
                .column(getTranslation("plan.col.owner"), action -> Formats.isolate(action.owner()))
                .column(getTranslation("plan.col.due"), action -> dueCell(action, language))
                .column(getTranslation("plan.col.status"), this::statusBadge)
                .column(getTranslation("plan.col.addresses"), action -> String.join(", ", action.targets()))
                .column(getTranslation("plan.col.round"), action -> Formats.isolate(action.roundLabel()));
        empty.addClassName("empty-state");
        add(table, empty);
        refresh();
    }

    private void refresh() {
        Map<String, String> owners = plans.owners(cityId);
        String chosenOwner = owner.getValue();
        owner.setItems(List.copyOf(owners.keySet()));
        owner.setItemLabelGenerator(key -> owners.getOrDefault(key, key));
        if (chosenOwner != null && owners.containsKey(chosenOwner) && !chosenOwner.equals(owner.getValue())) {
            owner.setValue(chosenOwner);
        }
        PlanFilter filter = new PlanFilter(status.getValue(), owner.getValue(), theme.getValue());
        List<PlannedAction> actions = plans.plan(cityId, filter);
        table.setItems(actions);
        table.setVisible(!actions.isEmpty());
        boolean filtered = filter.status() != null || filter.owner() != null || filter.targetId() != null;
        empty.setText(getTranslation(filtered ? "plan.empty.filtered" : "plan.empty"));
        empty.setVisible(actions.isEmpty());
    }

    private Div titleCell(PlannedAction action) {
        Button open = new Button(action.title(), click -> openDetails(action.id()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("action-open");
        open.getElement().setAttribute("dir", "auto");
        Div cell = new Div(open);
        if (action.overdue()) {
            cell.addClassName("overdue-action");
        }
        return cell;
    }

    private Div dueCell(PlannedAction action, Language language) {
        LocalDate due = action.dueDate();
        Div cell = new Div(new Span(due == null ? getTranslation("plan.no-date") : Formats.date(due, language)));
        if (action.overdue()) {
            Span badge = new Span(getTranslation("plan.overdue"));
            badge.addClassName("badge");
            badge.addClassName("plan-overdue");
            cell.add(new Span(" "), badge);
        } else if (action.dueSoon()) {
            Span badge = new Span(getTranslation("plan.due-soon"));
            badge.addClassName("badge");
            badge.addClassName("plan-due-soon");
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    private Span statusBadge(PlannedAction action) {
        return statusBadge(
                action.status(), getTranslation("plan.status." + action.status().name()));
    }

    /** The status as a badge, coloured by status (styles.css). */
    static Span statusBadge(ActionStatus value, String text) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        badge.addClassName("plan-status-" + value.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private void openDetails(long actionId) {
        new ActionDetailsDialog(plans, plans.action(actionId), rounds, this::refresh).open();
    }

    /** A short message at the bottom of the screen. */
    static void notice(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_STRETCH);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
