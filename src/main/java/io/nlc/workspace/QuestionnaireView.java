package io.nlc.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.Perspective;
import io.nlc.assessment.SavedAnswer;
import io.nlc.assignment.Assignments;
import io.nlc.base.BackgroundWork;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Framework;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.exchange.OfflineWorkbook;
import io.nlc.kernel.Markup;
import io.nlc.kernel.MarkupButton;
import io.nlc.kernel.MarkupDetails;
import io.nlc.kernel.NativeCheckbox;
import io.nlc.kernel.NativeSelect;
import io.nlc.organisation.TeamMember;
import io.nlc.workshop.PanelItem;
import io.nlc.workshop.Raters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire, one theme at a time. Progress per theme and overall is always in view; coming back resumes at
 * the last item worked on; failed saves are retried by polling until they go through.
 */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("assessments/:id(\\d{1,18})")
@PermitAll
class QuestionnaireView extends Main implements BeforeEnterObserver, HasDynamicTitle, ItemCard.Listener {

    private static final int RETRY_INTERVAL_MS = 3000;
    /** Session attribute: the unanswered-only filter stays as the person left it, in every round they open. */
    static final String UNANSWERED_ONLY = "nlc.questionnaire.unanswered-only";

    private final AssessmentService assessments;
    private final AssessmentWorkflow workflow;
    private final Discussions comments;
    private final Assignments assignments;
    private final Raters raters;
    private final Nav themeNav = new Nav();
    private final Div themePanel = new Div();
    private final ProgressBar overallProgress = new ProgressBar(0, 1, 0);
    private final Markup overallText = new Markup("span", "answered-count");
    private final NativeCheckbox unansweredOnly = new NativeCheckbox();
    /** Shows only the answers carried over from the last round that still wait for the team's confirmation. */
    private final NativeCheckbox toConfirmOnly = new NativeCheckbox();

    private final Markup toConfirmText = new Markup("span", "to-confirm-count");
    /** The theme list as the browser's own select, shown instead of the buttons at phone width (styles.css). */
    private final NativeSelect<Theme> themeSelect = new NativeSelect<>();
    /** What the theme select shows now, so that a save that changes no count leaves it alone. */
    private List<String> themeLabels = List.of();

    private final Button nextUnanswered = new Button();
    private final OfflineWorkbook offlineWorkbook;
    private final BackgroundWork background;
    private final Markup nextLongLabel = new Markup("span", "label-long");
    private final Markup nextShortLabel = new Markup("span", "label-short");
    private final Map<String, int[]> themeProgress = new LinkedHashMap<>();
    private @Nullable WorkflowBar workflowBar;
    private boolean canAnswer;
    /** The item "next unanswered" went to last; the next search starts after it. */
    private @Nullable String lastVisited;
    /** Cards of the theme on screen only: the other themes' items live as answers, to keep the session small. */
    private final Map<String, ItemCard> cards = new LinkedHashMap<>();

    private Map<String, SavedAnswer> answers = new LinkedHashMap<>();
    private final Set<ItemCard> failedSaves = new LinkedHashSet<>();
    private final Map<String, MarkupButton> themeButtons = new LinkedHashMap<>();
    private long assessmentId;
    private String title = "";
    private List<Theme> themes = List.of();
    private @Nullable Theme currentTheme;
    private @Nullable Registration pollRegistration;
    /** The item asked for in the address ({@code ?item=T1.2}, from "My items"); wins over the last position. */
    /** {@code ?next=unanswered}: open at the first question left after where the user was (home's Continue). */
    static final String NEXT_PARAMETER = "next";

    static final String NEXT_UNANSWERED = "unanswered";

    /** {@code ?open=top}: open at the top, where a returned round's banner holds the hub's comment (home's button). */
    static final String OPEN_PARAMETER = "open";

    static final String OPEN_TOP = "top";

    private @Nullable String openAt;
    private boolean openNextUnanswered;
    private boolean openAtTop;

    QuestionnaireView(
            AssessmentService assessments,
            AssessmentWorkflow workflow,
            Discussions comments,
            Assignments assignments,
            Raters raters,
            OfflineWorkbook offlineWorkbook,
            BackgroundWork background) {
        this.offlineWorkbook = offlineWorkbook;
        this.background = background;
        this.assessments = assessments;
        this.raters = raters;
        this.workflow = workflow;
        this.comments = comments;
        this.assignments = assignments;
        addClassName("page");
        addClassName("questionnaire");
        unansweredOnly.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                VaadinSession.getCurrent().setAttribute(UNANSWERED_ONLY, change.getValue());
            }
            applyFilter();
        });
        toConfirmOnly.addValueChangeListener(change -> applyFilter());
        themeSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                showTheme(change.getValue());
            }
        });
        nextUnanswered.addClickListener(click -> goToNextUnanswered());
        // The short label keeps the sticky progress row to one line on a phone (styles.css); the name stays whole.
        nextShortLabel.setText(getTranslation("questionnaire.next-unanswered.short"));
        nextUnanswered.getElement().appendChild(nextLongLabel.getElement(), nextShortLabel.getElement());
        nextLabel("questionnaire.next-unanswered");
    }

    /**
     * The long label names the next step in full (and is the button's accessible name); setting the button's text
     * would drop the short label that keeps the sticky row to one line on a phone.
     */
    private void nextLabel(String key) {
        nextLongLabel.setText(getTranslation(key));
        nextUnanswered.setAriaLabel(getTranslation(key));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessmentId = event.getRouteParameters().getLong("id").orElseThrow(() -> new AssessmentNotFoundException(-1));
        openAt = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(MyItemsView.ITEM_PARAMETER)
                .orElse(null);
        openNextUnanswered = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(NEXT_PARAMETER)
                .filter(NEXT_UNANSWERED::equals)
                .isPresent();
        openAtTop = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(OPEN_PARAMETER)
                .filter(OPEN_TOP::equals)
                .isPresent();
        build();
    }

    private void build() {
        removeAll();
        cards.clear();
        themeButtons.clear();
        failedSaves.clear();
        Language language = Languages.current();
        AssessmentOverview overview = assessments.overview(assessmentId);
        Framework framework = assessments.framework(assessmentId);
        themes = assessments.themesInScope(assessmentId);
        answers = new LinkedHashMap<>(assessments.answers(assessmentId, overview.perspective()));
        canAnswer = overview.canAnswer();
        lastVisited = null;
        title = Formats.isolate(overview.city().name().in(language)) + " — " + Formats.isolate(overview.roundLabel());

        H1 heading = new H1(title);
        // One element of markup: the page is drawn again after every workflow step, never these alone.
        String meta =
                StatusBadge.html(getTranslation("status." + overview.status().name()), overview.status())
                        + badgeHtml(getTranslation("tier." + overview.tier().name()))
                        + badgeHtml(getTranslation("questionnaire.framework", overview.frameworkVersion()));
        if (overview.tier() == io.nlc.content.Tier.CORE) {
            // The core scan keeps the full assessment's item numbers, so gaps (T1.2, then T1.5) are expected.
            meta += "<span class=\"muted core-numbering\">"
                    + Markup.escape(getTranslation("questionnaire.core-numbering")) + "</span>";
        }
        RouterLink results = new RouterLink(
                getTranslation("questionnaire.results"),
                ResultsView.class,
                new RouteParameters("id", String.valueOf(assessmentId)));
        results.addClassName("results-link");
        overallProgress.getElement().setAttribute("aria-label", getTranslation("progress.overall"));
        // The main action while answering: straight to the next question without an answer, from wherever one is.
        nextUnanswered.setIcon(VaadinIcon.ARROW_DOWN.create());
        nextUnanswered.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nextUnanswered.addClassName("next-unanswered");
        Div progressText = new Div(overallText, toConfirmText, overallProgress);
        progressText.addClassName("progress-text");
        Div progress = new Div(progressText, nextUnanswered);
        progress.addClassName("overall-progress");
        workflowBar = new WorkflowBar(
                overview,
                workflow,
                assessments.score(assessmentId).completeness(),
                language,
                themes.stream()
                        .flatMap(theme -> theme.items().stream())
                        .map(Item::id)
                        .collect(Collectors.toSet()),
                this::unansweredItems,
                () -> comments.threads(assessmentId).stream()
                        .filter(Discussion::open)
                        .count(),
                this::toConfirmCount,
                () -> {
                    // After a workflow step: the same page, rebuilt, seen from its top where the banner says what next.
                    build();
                    getChildren().findFirst().ifPresent(first -> first.scrollIntoView());
                });
        add(heading);
        if (overview.perspective() == Perspective.NATIONAL) {
            // The national mode is unmistakable: a band of its own, above everything about the city's workflow.
            Div band = new Div(
                    new Span(getTranslation("questionnaire.national.band")),
                    new Paragraph(getTranslation("questionnaire.national")));
            band.addClassName("national-band");
            add(band);
        }
        // Several raters: the coordinator opens items to them there; the team and advisors read the spreads.
        RouterLink severalRaters = new RouterLink(
                getTranslation("questionnaire.raters"),
                RaterPanelView.class,
                new RouteParameters("id", String.valueOf(assessmentId)));
        severalRaters.addClassName("raters-link");
        Div links = new Div(results, severalRaters);
        links.addClassName("round-links");
        if (overview.perspective() != Perspective.NATIONAL) {
            // Fill the questionnaire in without a connection, then bring the answers back with a preview.
            Button offline = new Button(
                    getTranslation("workbook.action"),
                    VaadinIcon.TABLE.create(),
                    click -> new WorkbookDialog(
                                    offlineWorkbook,
                                    background,
                                    assessmentId,
                                    overview.roundLabel(),
                                    language,
                                    overview.canAnswer(),
                                    this::build)
                            .open());
            offline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            offline.addClassName("workbook-button");
            links.add(offline);
        }
        add(new Markup("div", "meta").setHtml(meta), progress, links, workflowBar);
        if (overview.contentChanged()) {
            Paragraph changed =
                    new Paragraph(getTranslation("questionnaire.content-changed", overview.frameworkVersion()));
            changed.addClassName("notice");
            add(changed);
        }
        if (overview.perspective() != Perspective.NATIONAL && !overview.canAnswer()) {
            Paragraph readOnly = new Paragraph(getTranslation("questionnaire.read-only"));
            readOnly.addClassName("notice");
            add(readOnly);
        }

        LocalizedText introduction = framework.introduction();
        if (introduction != null) {
            // The browser's own disclosure as one element of markup: the same for every session on the round's version.
            String principles = "<summary>" + Markup.escape(getTranslation("questionnaire.principles"))
                    + "</summary><p>" + Markup.escape(introduction.in(language)) + "</p>";
            if (overview.tier() == io.nlc.content.Tier.CORE) {
                // On a phone the numbering note moves in here (styles.css), out of the way of the first question.
                principles += "<p class=\"core-numbering-folded\">"
                        + Markup.escape(getTranslation("questionnaire.core-numbering")) + "</p>";
            }
            Markup folded = new Markup("details", "principles").setSharedHtml(principles);
            folded.addClassName("disclosure");
            add(folded);
        }

        themeNav.removeAll();
        themeNav.addClassName("theme-nav");
        themeNav.getElement().setAttribute("aria-label", getTranslation("questionnaire.themes"));
        for (Theme theme : themes) {
            // The browser's own button: a screen lists up to nine themes, in every session that has one open.
            MarkupButton button = new MarkupButton(theme.name().in(language));
            button.addClickListener(click -> showTheme(theme));
            button.addClassName("theme-button");
            themeButtons.put(theme.id(), button);
            themeNav.add(button);
        }
        themeSelect.setLabel(getTranslation("questionnaire.theme"));
        themeSelect.addClassName("theme-select");
        themeSelect.setItems(themes);
        themeSelect.setItemLabelGenerator(this::themeLabel);
        unansweredOnly.setLabel(getTranslation("questionnaire.unanswered-only"));
        unansweredOnly.addClassName("unanswered-only");
        unansweredOnly.setValue(Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(UNANSWERED_ONLY)));
        themePanel.addClassName("theme-panel");
        toConfirmOnly.addClassName("to-confirm-only");
        Div body = new Div(themeNav, new Div(themeSelect, unansweredOnly, toConfirmOnly, themePanel));
        body.addClassName("questionnaire-body");
        add(body);

        String asked = openAt;
        openAt = null; // rebuilt after a workflow step: resume as usual
        boolean askedInScope = asked != null
                && themes.stream()
                        .anyMatch(theme -> theme.items().stream()
                                .anyMatch(item -> item.id().equals(asked)));
        // An unknown item in the address falls back to resuming where the user left off.
        String resumeAt =
                askedInScope ? asked : assessments.lastPosition(assessmentId).orElse(null);
        Theme start = themes.stream()
                .filter(theme ->
                        theme.items().stream().anyMatch(item -> item.id().equals(resumeAt)))
                .findFirst()
                .orElse(themes.isEmpty() ? null : themes.getFirst());
        if (start != null) {
            renderTheme(start, overview, framework, language);
            if (openAtTop) {
                // The theme last worked on is ready below, but the reader starts with the hub's comment above it.
                heading.scrollIntoView();
            } else if (resumeAt != null && cards.containsKey(resumeAt)) {
                ItemCard card = cards.get(resumeAt);
                card.setClassName("targeted", askedInScope);
                card.scrollIntoView();
            }
        }
        openAtTop = false;
        updateProgress();
        if (openNextUnanswered && overview.canAnswer()) {
            openNextUnanswered = false;
            goToNextUnanswered();
        }
    }

    private void showTheme(Theme theme) {
        AssessmentOverview overview = assessments.overview(assessmentId);
        renderTheme(theme, overview, assessments.framework(assessmentId), Languages.current());
        if (!theme.items().isEmpty() && overview.canAnswer()) {
            assessments.rememberPosition(assessmentId, theme.items().getFirst().id());
        }
        themePanel.scrollIntoView();
    }

    /** An item several raters rate: how many have, folded, so that the answer stays the card's first thing. */
    private Details ratersOn(PanelItem panelItem, @Nullable SavedAnswer answer, Language language) {
        Details details = new Details(
                getTranslation(
                        "item.raters.summary",
                        PanelSummary.rated(panelItem),
                        panelItem.raters().size()),
                new PanelSummary(panelItem, answer, language));
        details.addClassName("item-raters");
        return details;
    }

    private void renderTheme(Theme theme, AssessmentOverview overview, Framework framework, Language language) {
        currentTheme = theme;
        themePanel.removeAll();
        H2 name = new H2(theme.name().in(language));
        name.setId("theme-title");
        Paragraph description = new Paragraph(theme.description().in(language));
        description.addClassName("muted");
        Map<String, List<Discussion>> threads = comments.threads(assessmentId).stream()
                .collect(java.util.stream.Collectors.groupingBy(Discussion::targetId));
        List<Discussion> themeThreads = threads.getOrDefault(theme.id(), List.of());
        long openThreads = themeThreads.stream().filter(Discussion::open).count();
        // What surrounds the theme's questions (its explanation, target, who answers it, its discussion) is folded,
        // so that on a phone the first question is on the first screen; a wide screen opens it (below).
        MarkupDetails about = new MarkupDetails();
        about.setSummaryText(
                openThreads == 0
                        ? getTranslation("questionnaire.theme-about")
                        : getTranslation("questionnaire.theme-about.open", openThreads));
        Div aboutContent = new Div(description);
        about.setContent(aboutContent);
        about.addClassName("theme-about");
        themePanel.add(name, about);
        if (overview.canCoordinate()) {
            aboutContent.add(targetSelect(theme, overview, framework, language));
        }
        Map<String, TeamMember> assignees = assignments.assignees(assessmentId);
        // Raters rate the city's own answers: nothing of theirs belongs beside a national rating.
        Map<String, PanelItem> panel =
                overview.perspective() == Perspective.LOCAL ? raters.panel(assessmentId) : Map.of();
        List<TeamMember> team = overview.canCoordinate() ? assignments.team(assessmentId) : List.of();
        if (overview.canCoordinate()) {
            aboutContent.add(new AssigneeSelect(
                    assignments,
                    assessmentId,
                    theme.id(),
                    "assignment.theme",
                    "assignment.nobody",
                    team,
                    assignees.get(theme.id())));
        }
        aboutContent.add(CommentsPanel.of(comments, assessmentId, theme.id(), themeThreads, language));
        about.getElement().executeJs("if (window.matchMedia('(min-width: 701px)').matches) { this.open = true; }");
        long toConfirm = theme.items().stream()
                .map(item -> answers.get(item.id()))
                .filter(answer -> answer != null && answer.toConfirm())
                .count();
        if (overview.canAnswer() && toConfirm > 0) {
            Button confirmAll = new Button(
                    getTranslation("questionnaire.confirm-theme", toConfirm),
                    VaadinIcon.CHECK_CIRCLE.create(),
                    click -> confirmTheme(theme));
            confirmAll.addClassName("confirm-theme");
            themePanel.add(confirmAll);
        }
        cards.clear();
        for (Item item : theme.items()) {
            ItemCard card = failedSaves.stream()
                    .filter(failed -> failed.item().id().equals(item.id()))
                    .findFirst()
                    .orElseGet(() -> new ItemCard(
                            item,
                            framework,
                            language,
                            assessmentId,
                            answers.getOrDefault(item.id(), SavedAnswer.unanswered(item.id())),
                            !overview.canAnswer(),
                            (itemId, draft, version, why) ->
                                    assessments.save(assessmentId, itemId, draft, version, why),
                            (itemId, version) -> {
                                assessments.confirmCarriedOver(assessmentId, itemId, version);
                                return assessments.answers(assessmentId).get(itemId);
                            },
                            this));
            if (!failedSaves.contains(card)) {
                if (overview.perspective() == Perspective.NATIONAL) {
                    card.useNationalWording(framework);
                }
                if (overview.canCoordinate()) {
                    card.add(new AssigneeSelect(
                            assignments,
                            assessmentId,
                            item.id(),
                            "assignment.item",
                            "assignment.as-theme",
                            team,
                            assignees.get(item.id())));
                } else if (overview.perspective() == Perspective.LOCAL) {
                    TeamMember assignee = Assignments.assigneeOf(item, assignees);
                    if (assignee != null) {
                        Span who = new Span(
                                getTranslation("assignment.answered-by", Formats.isolate(assignee.displayName())));
                        who.addClassName("assignee");
                        card.add(who);
                    }
                }
                PanelItem panelItem = panel.get(item.id());
                if (panelItem != null) {
                    card.add(ratersOn(panelItem, answers.get(item.id()), language));
                }
                card.add(CommentsPanel.of(
                        comments, assessmentId, item.id(), threads.getOrDefault(item.id(), List.of()), language));
            }
            cards.put(item.id(), card);
            themePanel.add(card);
        }
        int index = themes.indexOf(theme);
        Div pager = new Div();
        pager.addClassName("pager");
        if (index > 0) {
            Theme previous = themes.get(index - 1);
            pager.add(new Button(
                    getTranslation("questionnaire.previous", previous.name().in(language)),
                    VaadinIcon.ARROW_LEFT.create(),
                    click -> showTheme(previous)));
        }
        if (index < themes.size() - 1) {
            Theme next = themes.get(index + 1);
            Button nextButton = new Button(
                    getTranslation("questionnaire.next", next.name().in(language)),
                    VaadinIcon.ARROW_RIGHT.create(),
                    click -> showTheme(next));
            nextButton.setIconAfterText(true);
            nextButton.addClassName("next-theme");
            pager.add(nextButton);
        }
        themePanel.add(pager);
        themeButtons.forEach((id, button) -> {
            boolean current = id.equals(theme.id());
            button.getElement().setAttribute("aria-current", current ? "step" : "false");
            button.setClassName("current", current);
        });
        themeSelect.setValue(theme);
        applyFilter();
    }

    /** Confirms every carried-over answer of the theme still to confirm, and shows the theme again. */
    private void confirmTheme(Theme theme) {
        int confirmed = assessments.confirmCarriedOver(assessmentId, theme.id(), SavedAnswer.NEW);
        answers = new LinkedHashMap<>(assessments.answers(assessmentId));
        renderTheme(
                theme, assessments.overview(assessmentId), assessments.framework(assessmentId), Languages.current());
        updateProgress();
        Notification.show(getTranslation("questionnaire.confirmed", confirmed), 4000, Notification.Position.MIDDLE);
    }

    /** How many answers carried over from the last round are not confirmed yet. */
    private long toConfirmCount() {
        return themes.stream()
                .flatMap(theme -> theme.items().stream())
                .map(item -> answers.get(item.id()))
                .filter(answer -> answer != null && answer.toConfirm())
                .count();
    }

    /** The items of the round in scope still without an answer ("don't know" included), in questionnaire order. */
    private List<Item> unansweredItems() {
        return themes.stream()
                .flatMap(theme -> theme.items().stream())
                .filter(item -> {
                    SavedAnswer answer = answers.get(item.id());
                    return answer == null || !ItemCard.counts(answer.draft());
                })
                .toList();
    }

    /** A theme's name with its progress, and a check once every item has an answer. */
    private String themeLabel(Theme theme) {
        int[] progress = themeProgress.getOrDefault(
                theme.id(), new int[] {0, theme.items().size()});
        return theme.name().in(Languages.current()) + " · " + progress[0] + "/" + progress[1]
                + (progress[0] == progress[1] ? " ✓" : "");
    }

    /**
     * Opens the next item without an answer after the one last visited, in questionnaire order and round the end
     * back to the start, in whichever theme it is.
     */
    private void goToNextUnanswered() {
        List<Item> items =
                themes.stream().flatMap(theme -> theme.items().stream()).toList();
        int from = lastVisited == null
                ? -1
                : IntStream.range(0, items.size())
                        .filter(i -> items.get(i).id().equals(lastVisited))
                        .findFirst()
                        .orElse(-1);
        if (from < 0 && currentTheme != null && !currentTheme.items().isEmpty()) {
            from = items.indexOf(currentTheme.items().getFirst()) - 1;
        }
        for (int step = 1; step <= items.size(); step++) {
            Item item = items.get(Math.floorMod(from + step, items.size()));
            SavedAnswer answer = answers.get(item.id());
            // Carried-over answers count as answered, but still wait for the team's confirmation.
            if (answer == null || !ItemCard.counts(answer.draft()) || answer.toConfirm()) {
                open(item);
                return;
            }
        }
        Notification.show(getTranslation("questionnaire.all-answered"), 4000, Notification.Position.MIDDLE);
    }

    private void open(Item item) {
        Theme theme = themes.stream()
                .filter(candidate -> candidate.items().contains(item))
                .findFirst()
                .orElseThrow();
        if (theme != currentTheme) {
            AssessmentOverview overview = assessments.overview(assessmentId);
            renderTheme(theme, overview, assessments.framework(assessmentId), Languages.current());
        }
        cards.values().forEach(card -> card.removeClassName("targeted"));
        ItemCard card = cards.get(item.id());
        card.addClassName("targeted");
        card.setVisible(true);
        card.scrollIntoView();
        lastVisited = item.id();
        if (canAnswer) {
            assessments.rememberPosition(assessmentId, item.id());
        }
    }

    private NativeSelect<Integer> targetSelect(
            Theme theme, AssessmentOverview overview, Framework framework, Language language) {
        NativeSelect<Integer> target = new NativeSelect<>();
        target.setLabel(getTranslation("questionnaire.target"));
        target.setItems(IntStream.rangeClosed(0, Item.MAX_LEVEL).boxed().toList());
        target.setItemLabelGenerator(
                level -> level + " — " + framework.levelName(level).in(language));
        target.setValue(overview.targets().getOrDefault(theme.id(), theme.defaultTarget()));
        target.addClassName("target-select");
        target.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                assessments.setTarget(assessmentId, theme.id(), change.getValue());
            }
        });
        return target;
    }

    private void applyFilter() {
        boolean only = unansweredOnly.getValue();
        if (currentTheme == null) {
            return;
        }
        boolean confirmOnly = toConfirmOnly.getValue();
        for (Item item : currentTheme.items()) {
            ItemCard card = cards.get(item.id());
            card.setVisible((!only || !card.answered() || card.toConfirm() || card.hasPendingSave())
                    && (!confirmOnly || card.toConfirm() || card.hasPendingSave()));
        }
    }

    private void updateProgress() {
        int answered = 0;
        int total = 0;
        for (Theme theme : themes) {
            int themeAnswered = 0;
            for (Item item : theme.items()) {
                SavedAnswer answer = answers.get(item.id());
                if (answer != null && ItemCard.counts(answer.draft())) {
                    themeAnswered++;
                }
            }
            answered += themeAnswered;
            total += theme.items().size();
            MarkupButton button = themeButtons.get(theme.id());
            button.setClassName("complete", themeAnswered == theme.items().size());
            themeProgress.put(
                    theme.id(), new int[] {themeAnswered, theme.items().size()});
            // The check mark in words, as in the select: a pseudo-element on the button's host was never drawn.
            button.setText(themeLabel(theme));
        }
        double fraction = total == 0 ? 1 : (double) answered / total;
        overallProgress.setValue(fraction);
        // Each part in its own isolate: in Arabic the counts, the percentage and "to confirm" keep their order
        // instead of the numbers of one part running into the next ("…20 · 4 · 75% للتأكيد").
        overallText.setText(Formats.isolate(getTranslation("progress.answered", answered, total)) + " · "
                + Formats.isolate(Formats.percent(fraction, Languages.current())));
        long toConfirm = toConfirmCount();
        toConfirmText.setText(
                toConfirm == 0 ? "" : " · " + Formats.isolate(getTranslation("questionnaire.to-confirm", toConfirm)));
        toConfirmOnly.setLabel(getTranslation("questionnaire.to-confirm-only", toConfirm));
        toConfirmOnly.setVisible(toConfirm > 0 || toConfirmOnly.getValue());
        nextLabel(toConfirm > 0 ? "questionnaire.next-to-confirm" : "questionnaire.next-unanswered");
        nextUnanswered.setVisible(canAnswer && (answered < total || toConfirm > 0));
        // New labels with the new counts; setting the items again clears the value, so it is put back. Only when a
        // count changed: the select's items are drawn again each time.
        List<String> labels = themes.stream().map(this::themeLabel).toList();
        if (!labels.equals(themeLabels)) {
            themeLabels = labels;
            themeSelect.setItems(themes);
            themeSelect.setValue(currentTheme);
        }
        if (workflowBar != null) {
            workflowBar.progress(fraction);
        }
    }

    @Override
    public void saved(ItemCard card) {
        answers.put(card.item().id(), card.saved());
        failedSaves.remove(card);
        stopRetryingIfDone();
        updateProgress();
    }

    @Override
    public void failed(ItemCard card) {
        failedSaves.add(card);
        UI ui = UI.getCurrent();
        if (ui != null && pollRegistration == null) {
            ui.setPollInterval(RETRY_INTERVAL_MS);
            pollRegistration = ui.addPollListener(poll -> new ArrayList<>(failedSaves).forEach(ItemCard::retry));
        }
    }

    private void stopRetryingIfDone() {
        if (failedSaves.isEmpty() && pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private static String badgeHtml(String text) {
        return "<span class=\"badge\">" + Markup.escape(text) + "</span>";
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
