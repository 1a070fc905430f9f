package io.nlc.workspace;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.base.AboutView;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.chart.ChartSpec;
import io.nlc.chart.NlcChart;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.exchange.AssessmentArchive;
import io.nlc.exchange.SpreadsheetExport;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.report.AssessmentReports;
import io.nlc.results.ActionSuggestion;
import io.nlc.results.AssessmentResults;
import io.nlc.results.NationalComparison;
import io.nlc.results.PeerComparison;
import io.nlc.results.Results;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import io.nlc.workshop.ItemSpread;
import io.nlc.workshop.Raters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Results of an assessment: overall index and completeness, a radar of current vs target (with the national view
 * and the peer median when there are any), gaps in priority order, the same numbers in a table (charts are never
 * the only way to read them), where the national and local views diverge, and suggested actions.
 */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("assessments/:id(\\d{1,18})/results")
@PermitAll
class ResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CURRENT_COLOR = "#1f6feb";
    static final String TARGET_COLOR = "#b35900";
    static final String GAP_COLOR = "#c62828";
    static final String PEER_COLOR = "#6a3d9a";
    static final String NATIONAL_COLOR = "#1b7f3b";
    /** The divergence list shows this many items; the rest are counted. */
    static final int DIVERGENCES_SHOWN = 10;

    private final Results results;
    private final Discussions comments;
    private final ActionPlans plans;
    private final AssessmentService assessments;
    private final Organisation organisation;
    private final FrameworkCatalog catalog;
    private final Raters raters;
    private final SpreadsheetExport spreadsheets;
    private final AssessmentArchive archives;
    private final AssessmentReports reports;
    private String title = "";

    ResultsView(
            Results results,
            Discussions comments,
            ActionPlans plans,
            AssessmentService assessments,
            Organisation organisation,
            FrameworkCatalog catalog,
            Raters raters,
            SpreadsheetExport spreadsheets,
            AssessmentArchive archives,
            AssessmentReports reports) {
        this.results = results;
        this.archives = archives;
        this.raters = raters;
        this.spreadsheets = spreadsheets;
        this.reports = reports;
        this.catalog = catalog;
        this.comments = comments;
        this.plans = plans;
        this.assessments = assessments;
        this.organisation = organisation;
        addClassName("page");
        addClassName("results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new AssessmentNotFoundException(-1));
        render(results.results(id), results.peerMedians(id));
    }

    /** The coordinator reading the results of the round the next one would start from can start it here. */
    private void startNextRound(AssessmentResults results) {
        long cityId = results.overview().city().id();
        CurrentUser user = organisation.currentUser();
        if (user.role() != Role.CITY_COORDINATOR || !Long.valueOf(cityId).equals(user.cityId())) {
            return;
        }
        assessments
                .nextRound(cityId)
                .filter(next -> next.fromAssessmentId() == results.overview().id())
                .ifPresent(next -> {
                    Button start = new Button(
                            getTranslation("home.start-next", Formats.isolate(next.fromRoundLabel())),
                            VaadinIcon.ROTATE_RIGHT.create(),
                            click -> new StartAssessmentDialog(assessments, catalog, cityId, next).open());
                    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    start.addClassName("start-next-round");
                    add(start);
                });
    }

    private void render(AssessmentResults results, PeerComparison peers) {
        removeAll();
        Language language = Languages.current();
        AssessmentScore score = results.score();
        Map<String, Theme> themes = results.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        title = getTranslation("results.title") + " — "
                + Formats.isolate(results.overview().city().name().in(language)) + " — "
                + Formats.isolate(results.overview().roundLabel());
        add(new H1(title));
        RouterLink back = new RouterLink(
                getTranslation("results.back"),
                QuestionnaireView.class,
                new RouteParameters("id", String.valueOf(results.overview().id())));
        back.addClassName("back-link");
        RouterLink plan = new RouterLink(
                getTranslation("plan.link"),
                PlanView.class,
                new RouteParameters(
                        "cityId", String.valueOf(results.overview().city().id())));
        plan.addClassName("plan-link");
        Button export = new Button(
                getTranslation("export.action"),
                VaadinIcon.DOWNLOAD.create(),
                click -> new ExportDialog(
                                spreadsheets,
                                archives,
                                results.overview().id(),
                                results.overview().roundLabel(),
                                language)
                        .open());
        export.addClassName("export-button");
        Div links = new Div(
                back,
                plan,
                export,
                ReportDownloads.assessmentButton(reports, results.overview().id(), language));
        links.addClassName("page-links");
        // What changed since the round before this one, when there is one.
        List<AssessmentRef> rounds = assessments
                .cityAssessments(results.overview().city().id())
                .stream()
                .sorted(java.util.Comparator.comparing(AssessmentRef::createdAt).thenComparing(AssessmentRef::id))
                .toList();
        for (int i = 1; i < rounds.size(); i++) {
            if (rounds.get(i).id() == results.overview().id()) {
                RouterLink changed = new RouterLink(
                        getTranslation(
                                "changes.link",
                                Formats.isolate(rounds.get(i - 1).roundLabel())),
                        ChangesView.class,
                        ChangesView.city(results.overview().city().id()));
                changed.setQueryParameters(ChangesView.rounds(
                        rounds.get(i - 1).id(), results.overview().id()));
                changed.addClassName("changes-link");
                links.add(changed);
            }
        }
        add(links);
        startNextRound(results);
        Map<String, Integer> planned = plans.actionCounts(results.overview().id());

        Div summary = new Div(
                figure("results.index", Formats.score(score.index(), language), "index"),
                figure(
                        "results.maturity",
                        score.maturity() == null
                                ? "–"
                                : score.maturity() + " · "
                                        + results.framework()
                                                .levelName(score.maturity())
                                                .in(language),
                        "maturity"),
                figure("results.completeness", Formats.percent(score.completeness(), language), "completeness"),
                figure("results.dont-know", String.valueOf(score.dontKnow()), "dont-know"));
        summary.addClassName("summary");
        add(summary);
        // The 0-100 scores sit beside 0-4 levels: say once how one becomes the other, with the bands on About.
        Paragraph how = new Paragraph(getTranslation("results.index.how"));
        how.addClassNames("muted", "index-how");
        RouterLink bands = new RouterLink(getTranslation("results.index.how.link"), AboutView.class);
        bands.addClassName("index-how-link");
        add(how, bands);
        if (score.answered() == 0) {
            Paragraph empty = new Paragraph(getTranslation("results.empty"));
            empty.addClassName("notice");
            add(empty);
        }

        List<String> labels = new ArrayList<>();
        List<@Nullable Double> current = new ArrayList<>();
        List<@Nullable Double> targets = new ArrayList<>();
        List<@Nullable Double> peerMedians = new ArrayList<>();
        List<@Nullable Double> national = new ArrayList<>();
        Map<String, ThemeScore> nationalThemes = results.national() == null
                ? Map.of()
                : results.national().nationalScore().themes().stream()
                        .collect(Collectors.toMap(ThemeScore::themeId, Function.identity()));
        for (ThemeScore theme : score.themes()) {
            labels.add(themes.get(theme.themeId()).name().in(language));
            current.add(theme.currentLevel());
            targets.add((double) theme.target());
            Double median = peers.medians().get(theme.themeId());
            peerMedians.add(median == null ? null : median / 25);
            ThemeScore nationalTheme = nationalThemes.get(theme.themeId());
            national.add(nationalTheme == null ? null : nationalTheme.currentLevel());
        }
        List<ChartSpec.Dataset> series = new ArrayList<>(List.of(
                new ChartSpec.Dataset(getTranslation("results.current"), current, CURRENT_COLOR, true),
                ChartSpec.Dataset.target(getTranslation("results.target"), targets, TARGET_COLOR)));
        if (results.national() != null) {
            series.add(new ChartSpec.Dataset(getTranslation("results.national"), national, NATIONAL_COLOR, false));
        }
        if (peers.available()) {
            series.add(new ChartSpec.Dataset(
                    getTranslation("results.peers", peers.peers()), peerMedians, PEER_COLOR, false));
        }
        // One ring per level: half-level rings crowd their numbers together on a phone.
        NlcChart radar = new NlcChart(
                new ChartSpec.RadarSpec(labels, series, 0, 4, 1.0, language.rightToLeft()), language.locale());
        radar.setAccessibleLabel(getTranslation("results.radar.label"));
        radar.setId("radar-chart");
        radar.addClassName("chart");
        radar.addClassName("radar-chart");

        List<String> gapLabels = new ArrayList<>();
        List<@Nullable Double> gaps = new ArrayList<>();
        for (ThemeScore theme : score.priorities()) {
            gapLabels.add(themes.get(theme.themeId()).name().in(language));
            gaps.add(theme.gap());
        }
        NlcChart gapChart = new NlcChart(
                new ChartSpec.BarSpec(
                        gapLabels,
                        List.of(new ChartSpec.Dataset(getTranslation("results.gap"), gaps, GAP_COLOR, true)),
                        true,
                        0.0,
                        4.0,
                        null,
                        getTranslation("results.gap.axis"),
                        language.rightToLeft()),
                language.locale());
        gapChart.setAccessibleLabel(getTranslation("results.gaps.label"));
        gapChart.setId("gap-chart");
        gapChart.addClassName("chart");

        Div radarBox = new Div(new H2(getTranslation("results.radar")), radar);
        if (!peers.available()) {
            Paragraph noPeers =
                    new Paragraph(getTranslation("results.peers.unavailable", peers.peers(), PeerComparison.MIN_PEERS));
            noPeers.addClassName("muted");
            noPeers.addClassName("no-peers");
            radarBox.add(noPeers);
        }
        Div gapBox = new Div(
                new H2(getTranslation("results.gaps")),
                gaps.isEmpty() ? new Paragraph(getTranslation("results.no-gaps")) : gapChart);
        Div charts = new Div(radarBox, gapBox);
        charts.addClassName("charts");
        add(charts);

        add(new H2(getTranslation("results.table")), table(score, themes, nationalThemes, planned, language));
        add(nationalView(results, language));
        add(actions(results, themes, planned, language));
        add(openComments(results.overview().id()));
        List<ItemSpread> disagreements = raters.disagreements(results.overview().id());
        if (!disagreements.isEmpty()) {
            Disagreements most = new Disagreements(disagreements, themes.values(), language);
            RouterLink panel = new RouterLink(
                    getTranslation("results.raters.open"),
                    RaterPanelView.class,
                    new RouteParameters("id", String.valueOf(results.overview().id())));
            panel.addClassName("raters-link");
            most.add(panel);
            add(most);
        }
    }

    /**
     * Where the national focal points and the city rate the same items differently, largest differences first:
     * the starting point for a conversation between the two levels of government.
     */
    private Div nationalView(AssessmentResults results, Language language) {
        Div section = new Div(new H2(getTranslation("results.national.title")));
        section.addClassName("national-view");
        NationalComparison national = results.national();
        if (results.nationalHidden()) {
            section.add(new Paragraph(getTranslation("results.national.hidden")));
            return section;
        }
        if (national == null) {
            section.add(new Paragraph(getTranslation("results.national.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation(
                "results.national.summary",
                Formats.score(national.nationalScore().index(), language),
                Formats.score(results.score().index(), language),
                national.nationalScore().answered(),
                national.nationalScore().applicable())));
        if (national.divergences().isEmpty()) {
            section.add(new Paragraph(getTranslation("results.national.agree")));
            return section;
        }
        Map<String, Item> items = results.themes().stream()
                .flatMap(theme -> theme.items().stream())
                .collect(Collectors.toMap(Item::id, Function.identity()));
        long assessmentId = results.overview().id();
        DataTable<NationalComparison.Divergence> grid = new DataTable<>("divergence-table");
        // The item code tells the theme; each item links to its card in the questionnaire.
        grid.column(
                        getTranslation("results.national.col.item"),
                        divergence -> itemLink(
                                assessmentId,
                                divergence.itemId(),
                                items.get(divergence.itemId()).question().in(language)))
                .column(
                        getTranslation("results.national.col.local"),
                        NationalComparison.Divergence::localLevel,
                        "number")
                .column(
                        getTranslation("results.national.col.national"),
                        NationalComparison.Divergence::nationalLevel,
                        "number")
                .column(
                        getTranslation("results.national.col.difference"),
                        divergence -> difference(divergence.difference()),
                        "number");
        grid.setItems(national.divergences().stream().limit(DIVERGENCES_SHOWN).toList());
        section.add(new Paragraph(getTranslation("results.national.divergent")), grid);
        int hidden = national.divergences().size() - DIVERGENCES_SHOWN;
        if (hidden > 0) {
            Paragraph more = new Paragraph(getTranslation("results.national.more", hidden));
            more.addClassName("muted");
            section.add(more);
        }
        return section;
    }

    /** Open discussions stay visible next to the numbers they may question. */
    private Div openComments(long assessmentId) {
        Div section = new Div(new H2(getTranslation("results.open-comments")));
        section.addClassName("open-comments");
        List<Discussion> open =
                comments.threads(assessmentId).stream().filter(Discussion::open).toList();
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("results.open-comments.none")));
        }
        UnorderedList list = new UnorderedList();
        for (Discussion thread : open) {
            Discussion.Message last = thread.messages().getLast();
            Paragraph text = new Paragraph(
                    thread.targetId() + " · " + Formats.isolate(last.author()) + ": " + Formats.isolate(last.body()));
            text.getElement().setAttribute("dir", "auto");
            ListItem item = new ListItem(text);
            if (last.byAdvisor()) {
                item.addClassName("by-advisor");
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private DataTable<ThemeScore> table(
            AssessmentScore score,
            Map<String, Theme> themes,
            Map<String, ThemeScore> nationalThemes,
            Map<String, Integer> planned,
            Language language) {
        DataTable<ThemeScore> table = new DataTable<>("results-table");
        table.column(
                        getTranslation("results.col.theme"),
                        theme -> themes.get(theme.themeId()).name().in(language))
                .column(getTranslation("results.col.score"), theme -> Formats.score(theme.score(), language), "number")
                .column(
                        getTranslation("results.col.maturity"),
                        theme -> theme.maturity() == null ? "–" : String.valueOf(theme.maturity()),
                        "number")
                .column(
                        getTranslation("results.col.current"),
                        theme -> Formats.level(theme.currentLevel(), language),
                        "number")
                .column(getTranslation("results.col.target"), ThemeScore::target, "number");
        if (!nationalThemes.isEmpty()) {
            table.column(
                    getTranslation("results.col.national"),
                    theme -> nationalThemes.containsKey(theme.themeId())
                            ? Formats.level(nationalThemes.get(theme.themeId()).currentLevel(), language)
                            : "–",
                    "number");
        }
        table.column(getTranslation("results.col.gap"), theme -> Formats.level(theme.gap(), language), "number")
                .column(
                        getTranslation("results.col.priority"),
                        theme -> {
                            int rank = score.priorities().indexOf(theme);
                            return rank < 0 ? "–" : String.valueOf(rank + 1);
                        },
                        "number")
                .column(
                        getTranslation("results.col.completeness"),
                        theme -> theme.answered() + "/" + theme.applicable() + " · "
                                + Formats.percent(theme.completeness(), language),
                        "number")
                .column(getTranslation("results.col.dont-know"), ThemeScore::dontKnow, "number")
                .column(
                        getTranslation("plan.results.col"),
                        theme -> theme.gap() == null || theme.gap() <= 0
                                ? "–"
                                : plannedText(planned.getOrDefault(theme.themeId(), 0)));
        table.setItems(score.themes());
        return table;
    }

    /** A difference with a bar as long as it is large, so +4 stands out from +1 without reading every number. */
    private Span difference(int difference) {
        Span value = new Span(Formats.signed(difference));
        value.addClassName("difference");
        value.addClassName(difference > 0 ? "difference-up" : "difference-down");
        value.getStyle().set("--nlc-difference", String.valueOf(Math.abs(difference)));
        return value;
    }

    /** An item code and question that open the questionnaire at that item. */
    static RouterLink itemLink(long assessmentId, String itemId, String question) {
        RouterLink link = linkToItem(assessmentId, itemId, Formats.isolate(itemId) + " · " + question);
        link.addClassName("item-link");
        return link;
    }

    /** A link with the given text that opens the questionnaire at that item. */
    static RouterLink linkToItem(long assessmentId, String itemId, String text) {
        RouterLink link =
                new RouterLink(text, QuestionnaireView.class, new RouteParameters("id", String.valueOf(assessmentId)));
        link.setQueryParameters(QueryParameters.of(MyItemsView.ITEM_PARAMETER, itemId));
        return link;
    }

    /**
     * "(because of T6.1, T6.2)", each code a link to its item in the questionnaire, where the city can change what
     * the action answers; the question is the link's tooltip.
     */
    private Span becauseOf(long assessmentId, List<String> itemIds, Theme theme, Language language) {
        Span because = new Span();
        because.addClassName("muted");
        because.addClassName("because-of");
        // The sentence around the codes comes from the translation; U+FFFC marks where the codes go.
        String[] around = getTranslation("results.actions.because", "\uFFFC").split("\uFFFC", 2);
        because.add(new Text(around[0]));
        for (int i = 0; i < itemIds.size(); i++) {
            String itemId = itemIds.get(i);
            if (i > 0) {
                because.add(new Text(", "));
            }
            RouterLink link = linkToItem(assessmentId, itemId, Formats.isolate(itemId));
            theme.items().stream()
                    .filter(item -> item.id().equals(itemId))
                    .findFirst()
                    .ifPresent(item -> link.getElement()
                            .setAttribute("title", item.question().in(language)));
            because.add(link);
        }
        if (around.length > 1) {
            because.add(new Text(around[1]));
        }
        return because;
    }

    /**
     * The suggested actions by theme, each theme saying whether the plan already has actions for it; the
     * coordinator takes a suggestion into the plan (prefilled, editable) with "Add to plan".
     */
    private Div actions(
            AssessmentResults results, Map<String, Theme> themes, Map<String, Integer> planned, Language language) {
        Div section = new Div(new H2(getTranslation("results.actions")));
        section.addClassName("suggested-actions");
        if (results.actionsByTheme().isEmpty()) {
            section.add(new Paragraph(getTranslation("results.actions.none")));
        }
        long cityId = results.overview().city().id();
        CurrentUser user = organisation.currentUser();
        boolean coordinator =
                user.role() == Role.CITY_COORDINATOR && Long.valueOf(cityId).equals(user.cityId());
        results.actionsByTheme().forEach((themeId, suggestions) -> {
            section.add(new H3(themes.get(themeId).name().in(language)));
            int count = planned.getOrDefault(themeId, 0);
            Paragraph inPlan = new Paragraph(plannedText(count));
            inPlan.addClassName(count > 0 ? "gap-planned" : "gap-unplanned");
            inPlan.addClassName("muted");
            section.add(inPlan);
            UnorderedList list = new UnorderedList();
            for (ActionSuggestion suggestion : suggestions) {
                Span because =
                        becauseOf(results.overview().id(), suggestion.becauseOfItems(), themes.get(themeId), language);
                ListItem entry =
                        new ListItem(new Span(suggestion.action().text().in(language)), new Span(" "), because);
                if (coordinator) {
                    Set<String> targets = new LinkedHashSet<>();
                    targets.add(themeId);
                    targets.addAll(suggestion.becauseOfItems());
                    ActionDraft draft = ActionDraft.fromSuggestion(
                            results.overview().id(), suggestion.action().text().in(language), targets);
                    Button add = new Button(
                            getTranslation("plan.results.add"),
                            VaadinIcon.PLUS.create(),
                            click -> new ActionDialog(
                                            plans,
                                            cityId,
                                            rounds(cityId),
                                            draft,
                                            null,
                                            saved -> render(
                                                    this.results.results(
                                                            results.overview().id()),
                                                    this.results.peerMedians(
                                                            results.overview().id())))
                                    .open());
                    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    add.addClassName("add-to-plan");
                    entry.add(new Span(" "), add);
                }
                list.add(entry);
            }
            section.add(list);
        });
        return section;
    }

    private String plannedText(int count) {
        return count > 0 ? getTranslation("plan.results.planned", count) : getTranslation("plan.results.none");
    }

    /** The city's rounds, newest first, for the action dialog. */
    private List<AssessmentRef> rounds(long cityId) {
        return assessments.cityAssessments(cityId).stream()
                .sorted(java.util.Comparator.comparing(AssessmentRef::id).reversed())
                .toList();
    }

    private Div figure(String labelKey, String value, String className) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("figure");
        figure.addClassName(className);
        return figure;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
