package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.Perspective;
import io.nlc.assignment.Assignments;
import io.nlc.backup.BackupRun;
import io.nlc.backup.Backups;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Language;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.PlannedAction;
import io.nlc.workshop.Raters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Landing page: a city team sees its rounds, an advisor the cities of the hub with theirs. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final Assignments assignments;
    private final AssessmentService assessments;
    private final Backups backups;
    private final boolean rater;

    HomeView(
            AssessmentService assessments,
            Organisation organisation,
            FrameworkCatalog catalog,
            Assignments assignments,
            ActionPlans plans,
            Raters raters,
            Backups backups) {
        this.assignments = assignments;
        this.backups = backups;
        this.assessments = assessments;
        addClassName("page");
        Language language = Languages.current();
        CurrentUser user = organisation.currentUser();
        rater = user.role() == Role.RATER;
        if (rater) {
            // A rater account has nothing here: it is sent to the items it rates (beforeEnter).
            return;
        }
        List<CityRef> cities = organisation.visibleCities();
        Map<Long, List<AssessmentSummary>> byCity = assessments.visibleAssessments().stream()
                .collect(Collectors.groupingBy(summary -> summary.city().id()));

        add(new H1(getTranslation(
                user.role().cityRole()
                        ? "home.title.city"
                        : user.role() == Role.NATIONAL_FOCAL_POINT ? "home.title.national" : "home.title.hub")));
        add(new Paragraph(getTranslation(
                "home.welcome",
                Formats.isolate(user.displayName()),
                getTranslation("role." + user.role().name()))));
        List<PlannedAction> mine = user.role().cityRole() ? plans.myActions() : List.of();
        if (!mine.isEmpty()) {
            add(myActions(mine, language));
        }
        long toRate = user.role().cityRole()
                ? raters.myTasks().stream().filter(task -> task.mine() == null).count()
                : 0;
        if (toRate > 0) {
            Div card = new Div(
                    new Paragraph(getTranslation("home.to-rate", toRate)),
                    new RouterLink(getTranslation("home.to-rate.open"), RatingsView.class));
            card.addClassName("card");
            card.addClassName("to-rate");
            add(card);
        }
        if (user.role() == Role.ADMINISTRATOR) {
            add(backupStatus(language));
        }
        if (user.role() == Role.HUB_ADVISOR || user.role() == Role.ADMINISTRATOR) {
            add(reviewQueue(byCity.values().stream().flatMap(List::stream).toList(), language));
        }

        for (CityRef city : cities) {
            Div section = new Div();
            section.addClassName("city-section");
            H2 name = new H2(city.name().in(language));
            Span where =
                    new Span(Formats.isolate(city.province(language)) + " · " + Formats.isolate(city.region(language)));
            where.addClassName("muted");
            section.add(name, where);
            List<AssessmentSummary> rounds = byCity.getOrDefault(city.id(), List.of());
            boolean coordinator = user.role() == Role.CITY_COORDINATOR
                    && Long.valueOf(city.id()).equals(user.cityId());
            if (rounds.isEmpty()) {
                section.add(firstSteps(user.role(), coordinator));
            }
            // A city team's rounds: the one in progress first, since that is where the next step is.
            List<AssessmentSummary> ordered = user.role().cityRole()
                    ? rounds.stream()
                            .sorted(java.util.Comparator.comparing(
                                    (AssessmentSummary round) -> !round.status().editable()))
                            .toList()
                    : rounds;
            for (AssessmentSummary round : ordered) {
                section.add(card(round, language, user));
            }
            if (!rounds.isEmpty()) {
                RouterLink plan = new RouterLink(
                        getTranslation("plan.link"),
                        PlanView.class,
                        new RouteParameters("cityId", String.valueOf(city.id())));
                plan.addClassName("plan-link");
                // Side by side with a gap, so that two links never read as one ("Action planWhat changed").
                Div links = new Div(plan);
                links.addClassName("city-links");
                if (rounds.size() > 1) {
                    RouterLink changed = new RouterLink(
                            getTranslation("changes.title"), ChangesView.class, ChangesView.city(city.id()));
                    changed.addClassName("changes-link");
                    links.add(changed);
                }
                section.add(links);
            }
            if (coordinator) {
                // Once the latest round is submitted and none is in progress, next year's round starts from it.
                var nextRound = assessments.nextRound(city.id());
                nextRound.ifPresent(next -> {
                    Button startNext = new Button(
                            getTranslation("home.start-next", Formats.isolate(next.fromRoundLabel())),
                            VaadinIcon.ROTATE_RIGHT.create(),
                            click -> new StartAssessmentDialog(assessments, catalog, city.id(), next).open());
                    startNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    startNext.addClassName("start-next-round");
                    section.add(startNext);
                });
                boolean open = rounds.stream().anyMatch(round -> round.status() != AssessmentStatus.VALIDATED);
                Button start = new Button(
                        getTranslation(rounds.isEmpty() ? "home.start" : "home.start-another"),
                        VaadinIcon.PLUS.create(),
                        click -> new StartAssessmentDialog(assessments, catalog, city.id()).open());
                // Starting another round is the main action only when no round is under way.
                if (!open && nextRound.isEmpty()) {
                    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                start.addClassName("start-assessment");
                section.add(start);
                // Sharing results only means something once there are results to share.
                if (!rounds.isEmpty()) {
                    Checkbox consent =
                            new Checkbox(getTranslation("home.peer-consent"), organisation.peerConsent(city.id()));
                    consent.addClassName("peer-consent");
                    consent.addValueChangeListener(change -> {
                        if (change.isFromClient()) {
                            organisation.setPeerConsent(city.id(), change.getValue());
                        }
                    });
                    section.add(consent);
                }
            }
            add(section);
        }
    }

    /** The open actions the person owns, overdue and due soon first, each opening the plan. */
    private Div myActions(List<PlannedAction> actions, Language language) {
        Div box = new Div(new H2(getTranslation("home.my-actions")));
        box.addClassName("my-actions");
        for (PlannedAction action : actions) {
            RouterLink link = new RouterLink(
                    action.title(), PlanView.class, new RouteParameters("cityId", String.valueOf(action.cityId())));
            link.getElement().setAttribute("dir", "auto");
            link.addClassName("my-action-link");
            Span due = new Span(
                    action.dueDate() == null
                            ? getTranslation("plan.no-date")
                            : getTranslation("plan.field.due") + " " + Formats.date(action.dueDate(), language));
            due.addClassName("muted");
            Div card = new Div(
                    link,
                    new Span(" "),
                    PlanView.statusBadge(
                            action.status(),
                            getTranslation("plan.status." + action.status().name())),
                    new Span(" "),
                    due);
            if (action.overdue() || action.dueSoon()) {
                Span urgency = new Span(getTranslation(action.overdue() ? "plan.overdue" : "plan.due-soon"));
                urgency.addClassName("badge");
                urgency.addClassName(action.overdue() ? "plan-overdue" : "plan-due-soon");
                card.add(new Span(" "), urgency);
            }
            card.addClassName("my-action");
            box.add(card);
        }
        return box;
    }

    /** What an assessment involves, in three steps, for a city that has not started one. */
    private Div firstSteps(Role role, boolean coordinator) {
        Div steps = new Div();
        steps.addClassName("first-steps");
        steps.add(new Paragraph(getTranslation("home.no-assessments")));
        OrderedList list = new OrderedList();
        for (String step : List.of("home.steps.start", "home.steps.answer", "home.steps.submit")) {
            list.add(new ListItem(getTranslation(step)));
        }
        steps.add(list);
        if (!coordinator && role.cityRole()) {
            Paragraph who = new Paragraph(getTranslation("home.steps.coordinator-starts"));
            who.addClassName("muted");
            steps.add(who);
        }
        return steps;
    }

    /** The advisor's work queue: rounds submitted to the hub, waiting for a review or under review. */
    private Div reviewQueue(List<AssessmentSummary> rounds, Language language) {
        List<AssessmentSummary> waiting = rounds.stream()
                .filter(round ->
                        round.status() == AssessmentStatus.SUBMITTED || round.status() == AssessmentStatus.IN_REVIEW)
                .sorted(java.util.Comparator.comparing(AssessmentSummary::updatedAt))
                .toList();
        Div queue = new Div(new H2(getTranslation("home.to-review", waiting.size())));
        queue.addClassName("review-queue");
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.to-review.none"));
            none.addClassName("muted");
            queue.add(none);
        }
        for (AssessmentSummary round : waiting) {
            RouterLink open = new RouterLink(
                    Formats.isolate(round.city().name().in(language)) + " · " + Formats.isolate(round.roundLabel()),
                    QuestionnaireView.class,
                    new RouteParameters("id", String.valueOf(round.id())));
            open.addClassName("card-title");
            Div head = new Div(open, new StatusBadge(round.status()));
            head.addClassName("card-head");
            Span since = new Span(getTranslation(
                    "home.to-review.since",
                    Formats.dateTime(round.updatedAt(), language),
                    Formats.percent(round.completeness(), language)));
            since.addClassName("muted");
            Paragraph next = new Paragraph(getTranslation(WorkflowBar.nextStepKey(round.status(), true)));
            next.addClassName("workflow-next");
            RouteParameters id = new RouteParameters("id", String.valueOf(round.id()));
            Button review = new Button(
                    getTranslation(
                            round.status() == AssessmentStatus.SUBMITTED
                                    ? "home.to-review.open"
                                    : "home.to-review.go-on"),
                    VaadinIcon.ARROW_RIGHT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(QuestionnaireView.class, id)));
            review.setIconAfterText(true);
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            review.addClassName("open-review");
            Div card = new Div(head, since, next, review);
            card.addClassName("assessment-card");
            card.addClassName("to-review");
            queue.add(card);
        }
        return queue;
    }

    private Div card(AssessmentSummary round, Language language, CurrentUser user) {
        Div card = new Div();
        card.addClassName("assessment-card");
        RouteParameters id = new RouteParameters("id", String.valueOf(round.id()));
        RouterLink title = new RouterLink(round.roundLabel(), QuestionnaireView.class, id);
        title.addClassName("card-title");
        Span tier = new Span(getTranslation("tier." + round.tier().name()));
        tier.addClassName("badge");
        ProgressBar progress = new ProgressBar(0, 1, round.completeness());
        progress.getElement().setAttribute("aria-label", getTranslation("progress.overall"));
        Span counts = new Span(getTranslation("progress.answered", round.answered(), round.applicable()) + " · "
                + Formats.percent(round.completeness(), language));
        Span updated = new Span(getTranslation("home.updated", Formats.dateTime(round.updatedAt(), language)));
        updated.addClassName("muted");
        RouterLink results = new RouterLink(getTranslation("home.results"), ResultsView.class, id);
        results.addClassName("results-link");
        Div head = new Div(title, tier, new StatusBadge(round.status()));
        head.addClassName("card-head");
        if (user.role() == Role.NATIONAL_FOCAL_POINT) {
            // The focal point's own progress leads: how much of the round they have rated from the national side,
            // out of the items in scope (the city's own "not applicable" choices do not shrink the national total).
            long rated = assessments.answers(round.id(), Perspective.NATIONAL).values().stream()
                    .filter(answer -> ItemCard.counts(answer.draft()))
                    .count();
            long inScope = assessments.themesInScope(round.id()).stream()
                    .mapToLong(theme -> theme.items().size())
                    .sum();
            ProgressBar own = new ProgressBar(0, 1, inScope == 0 ? 1 : (double) rated / inScope);
            own.getElement().setAttribute("aria-label", getTranslation("home.national-progress", rated, inScope));
            Span national = new Span(getTranslation("home.national-progress", rated, inScope));
            national.addClassName("national-progress");
            Span city = new Span(getTranslation("home.city-progress", round.answered(), round.applicable()));
            city.addClassName("muted");
            card.add(head, own, national, city, updated);
            // A validated round is read, not continued, although the national rating has no workflow of its own.
            if (round.status() == AssessmentStatus.VALIDATED) {
                card.add(readResults(id));
                return card;
            }
            if (rated < inScope) {
                card.add(continueButton(round, "home.continue-national", inScope - rated, true));
            }
            card.add(results);
            return card;
        }
        card.add(head, progress, counts, updated);
        Paragraph next = new Paragraph(getTranslation(nextStepKey(round.status(), user)));
        next.addClassName("workflow-next");
        card.add(next);
        if (round.status() == AssessmentStatus.VALIDATED) {
            // The hub lists many final rounds: one main button each would leave none main; the queue leads there.
            Button read = readResults(id);
            if (!user.role().cityRole()) {
                read.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            card.add(read);
            return card;
        }
        if (user.role().cityRole() && round.status() == AssessmentStatus.RETURNED) {
            // Not to the next empty question: the changes the hub asks for are usually in answered ones.
            card.add(continueButton(round, "home.continue-returned", 0, false));
        } else if (user.role().cityRole() && round.status().editable()) {
            int left = round.applicable() - round.answered();
            card.add(continueButton(round, left > 0 ? "home.continue" : "home.continue-submit", left, true));
        }
        if (user.role().cityRole() && round.status().editable()) {
            int mine = assignments.myOpenItems(round.id()).size();
            if (mine > 0) {
                RouterLink myItems =
                        new RouterLink(getTranslation("assignment.my-open-items", mine), MyItemsView.class);
                myItems.addClassName("my-items");
                card.add(myItems);
            }
        }
        card.add(results);
        return card;
    }

    /**
     * The next step of a round as its reader sees it: the hub side, the coordinator (who submits), or a team member
     * (whose coordinator submits).
     */
    private static String nextStepKey(AssessmentStatus status, CurrentUser user) {
        if (user.role() == Role.CITY_MEMBER
                && (status == AssessmentStatus.DRAFT || status == AssessmentStatus.RETURNED)) {
            return "workflow.next.member." + status.name();
        }
        return WorkflowBar.nextStepKey(status, !user.role().cityRole());
    }

    /** The main action of a validated round: its results. */
    private Button readResults(RouteParameters id) {
        Button read = new Button(
                getTranslation("home.read-results"),
                VaadinIcon.CHART.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ResultsView.class, id)));
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClassName("read-results");
        return read;
    }

    /**
     * The main action of a round in progress: straight back into the questionnaire, at the first question left when
     * {@code nextUnanswered}, else where the person left off.
     */
    private Button continueButton(AssessmentSummary round, String key, long left, boolean nextUnanswered) {
        RouteParameters id = new RouteParameters("id", String.valueOf(round.id()));
        Button go = new Button(
                getTranslation(key, left),
                VaadinIcon.ARROW_RIGHT.create(),
                click -> getUI().ifPresent(ui -> {
                    if (nextUnanswered) {
                        ui.navigate(
                                QuestionnaireView.class,
                                id,
                                QueryParameters.of(
                                        QuestionnaireView.NEXT_PARAMETER, QuestionnaireView.NEXT_UNANSWERED));
                    } else {
                        ui.navigate(
                                QuestionnaireView.class,
                                id,
                                QueryParameters.of(QuestionnaireView.OPEN_PARAMETER, QuestionnaireView.OPEN_TOP));
                    }
                }));
        go.setIconAfterText(true);
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("continue-round");
        return go;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (rater) {
            event.forwardTo(RatingsView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.title");
    }

    /** For administrators: when the last backup ran and whether it worked, and a button to back up now. */
    private Div backupStatus(Language language) {
        Paragraph line = new Paragraph(backupText(backups.lastRun(), language));
        line.addClassName("backup-last");
        Div box = new Div(line);
        box.addClassName("card");
        box.addClassName("backup-status");
        if (backups.available()) {
            Button now = new Button(getTranslation("home.backup.now"));
            now.addClassName("backup-now");
            now.addClickListener(click -> {
                now.setEnabled(false);
                BackupRun run = backups.backUpNow();
                line.setText(backupText(java.util.Optional.of(run), language));
                now.setEnabled(true);
            });
            box.add(now);
        }
        return box;
    }

    private String backupText(java.util.Optional<BackupRun> last, Language language) {
        if (!backups.available()) {
            return getTranslation("home.backup.external");
        }
        return last.map(run -> run.succeeded()
                        ? getTranslation(
                                "home.backup.succeeded",
                                Formats.dateTime(run.finishedAt(), language),
                                Formats.isolate(String.valueOf(run.fileName())))
                        : getTranslation(
                                "home.backup.failed",
                                Formats.dateTime(run.finishedAt(), language),
                                Formats.isolate(String.valueOf(run.failure()))))
                .orElseGet(() -> getTranslation("home.backup.none"));
    }
}
