package io.nlc.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentRef;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.chart.ChartSpec;
import io.nlc.chart.NlcChart;
import io.nlc.content.Language;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.NotVisibleException;
import io.nlc.organisation.Organisation;
import io.nlc.progress.RoundChanges;
import io.nlc.progress.RoundComparison;
import io.nlc.progress.RoundTrend;
import io.nlc.scoring.AnswerState;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two rounds of a city, theme by theme and item by item, and each theme's score across the
 * city's submitted rounds (with the hub's median for advisors). Tables become cards on a phone; the trend chart has
 * its table too.
 */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("cities/:cityId(\\d{1,18})/changes")
@PermitAll
class ChangesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM = "from";
    static final String TO = "to";
    /** One colour per theme line, told apart by their legend and table as well. */
    static final List<String> COLORS =
            List.of("#1f6feb", "#b35900", "#1b7f3b", "#6a3d9a", "#c62828", "#00727a", "#6b5d00", "#8a3f8f", "#37474f");

    private final RoundChanges changes;
    private final Organisation organisation;
    private final Select<AssessmentRef> from = new Select<>();
    private final Select<AssessmentRef> to = new Select<>();
    private final Div comparison = new Div();
    private String title = "";

    ChangesView(RoundChanges changes, Organisation organisation) {
        this.changes = changes;
        this.organisation = organisation;
        addClassName("page");
        addClassName("changes-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cityId =
                event.getRouteParameters().getLong("cityId").orElseThrow(() -> new NotVisibleException("no city"));
        CityRef city = organisation.city(cityId);
        Language language = Languages.current();
        List<AssessmentRef> rounds = changes.rounds(cityId);
        QueryParameters query = event.getLocation().getQueryParameters();
        title = getTranslation("changes.title") + " — "
                + Formats.isolate(city.name().in(language));
        removeAll();
        add(new H1(title));
        RouterLink back = new RouterLink(getTranslation("plan.back"), HomeView.class);
        back.addClassName("back-link");
        add(back);
        if (rounds.size() < 2) {
            Paragraph one = new Paragraph(getTranslation("changes.one-round"));
            one.addClassName("notice");
            add(one);
        } else {
            // By default the latest round against the one before it.
            AssessmentRef later = pick(rounds, query, TO).orElse(rounds.getLast());
            AssessmentRef earlier = pick(rounds, query, FROM).orElse(rounds.get(rounds.size() - 2));
            for (Select<AssessmentRef> select : List.of(from, to)) {
                select.setItems(rounds);
                select.setItemLabelGenerator(round -> Formats.isolate(round.roundLabel()) + " · "
                        + getTranslation("status." + round.status().name()));
            }
            from.setLabel(getTranslation("changes.from"));
            from.addClassName("changes-from");
            to.setLabel(getTranslation("changes.to"));
            to.addClassName("changes-to");
            from.setValue(earlier);
            to.setValue(later);
            from.addValueChangeListener(change -> show(language));
            to.addValueChangeListener(change -> show(language));
            Div selects = new Div(from, to);
            selects.addClassName("changes-selects");
            comparison.addClassName("changes-comparison");
            add(selects, comparison);
            show(language);
        }
        add(trend(changes.trend(cityId), language));
    }

    private static Optional<AssessmentRef> pick(List<AssessmentRef> rounds, QueryParameters query, String name) {
        return query.getSingleParameter(name)
                .flatMap(id -> rounds.stream()
                        .filter(round -> String.valueOf(round.id()).equals(id))
                        .findFirst());
    }

    private void show(Language language) {
        comparison.removeAll();
        AssessmentRef earlier = from.getValue();
        AssessmentRef later = to.getValue();
        if (earlier == null || later == null || earlier.id() == later.id()) {
            Paragraph same = new Paragraph(getTranslation("changes.same"));
            same.addClassName("notice");
            comparison.add(same);
            return;
        }
        RoundComparison result = changes.compare(earlier.id(), later.id());
        String before = Formats.isolate(earlier.roundLabel());
        String after = Formats.isolate(later.roundLabel());
        if (result.acrossVersions()) {
            Paragraph versions = new Paragraph(
                    getTranslation("changes.across-versions", earlier.frameworkVersion(), later.frameworkVersion()));
            versions.addClassName("notice");
            versions.addClassName("across-versions");
            comparison.add(versions);
        }

        comparison.add(new H2(getTranslation("changes.themes")));
        DataTable<RoundComparison.ThemeChange> themes = new DataTable<>("changes-themes");
        themes.column(
                        getTranslation("changes.col.theme"),
                        theme -> theme.themeId() + " · " + theme.name().in(language))
                .column(before, theme -> Formats.score(theme.before(), language), "number")
                .column(after, theme -> Formats.score(theme.after(), language), "number")
                .column(
                        getTranslation("changes.col.delta"),
                        theme -> theme.delta() == null ? "–" : Formats.signedScore(theme.delta(), language),
                        "number");
        themes.setItems(result.themes());
        comparison.add(themes);

        List<RoundComparison.ItemChange> moved = result.items().stream()
                .filter(RoundComparison.ItemChange::changed)
                .toList();
        comparison.add(new H2(getTranslation("changes.items")));
        // Items unanswered in both rounds neither changed nor stayed: they are left out of the count.
        long same = result.items().stream()
                .filter(item -> !item.changed() && item.after().state() != AnswerState.UNANSWERED)
                .count();
        Paragraph counts = new Paragraph(getTranslation("changes.items.counts", moved.size(), same));
        counts.addClassName("muted");
        counts.addClassName("changes-counts");
        comparison.add(counts);
        if (!moved.isEmpty()) {
            DataTable<RoundComparison.ItemChange> items = new DataTable<>("changes-items");
            items.column(
                            getTranslation("changes.col.item"),
                            item -> item.itemId() + " · " + item.question().in(language))
                    .column(before, item -> answer(item.before()))
                    .column(after, item -> answer(item.after()))
                    .column(
                            getTranslation("changes.col.justification"),
                            item -> item.justification() == null ? "" : Formats.isolate(item.justification()));
            items.setItems(moved);
            comparison.add(items);
        }
        unshared(result.onlyInFrom(), "changes.only-in", before, "only-in-from", language);
        unshared(result.onlyInTo(), "changes.only-in", after, "only-in-to", language);
    }

    private void unshared(
            List<RoundComparison.Unshared> items, String key, String round, String className, Language language) {
        if (items.isEmpty()) {
            return;
        }
        comparison.add(new H2(getTranslation(key, round, items.size())));
        DataTable<RoundComparison.Unshared> table = new DataTable<>(className);
        table.column(
                getTranslation("changes.col.item"),
                item -> item.itemId() + " · " + item.question().in(language));
        table.setItems(items);
        comparison.add(table);
    }

    private String answer(AnswerDraft draft) {
        return switch (draft.state()) {
            case LEVEL -> getTranslation("item.level", draft.level());
            case NOT_APPLICABLE -> getTranslation("choice.NOT_APPLICABLE");
            case DONT_KNOW -> getTranslation("choice.DONT_KNOW");
            case UNANSWERED -> getTranslation("item.status.unanswered");
        };
    }

    /** Each theme's score across the submitted rounds: a line chart and the same numbers in a table. */
    private Div trend(RoundTrend trend, Language language) {
        Div section = new Div(new H2(getTranslation("changes.trend")));
        section.addClassName("changes-trend");
        Paragraph help =
                new Paragraph(getTranslation(trend.hubMedians() ? "changes.trend.help.hub" : "changes.trend.help"));
        help.addClassName("muted");
        section.add(help);
        if (trend.rounds().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("changes.trend.none"));
            none.addClassName("notice");
            section.add(none);
            return section;
        }
        List<String> labels =
                trend.rounds().stream().map(round -> round.roundLabel()).toList();
        List<ChartSpec.Dataset> series = new ArrayList<>();
        for (int i = 0; i < trend.themes().size(); i++) {
            RoundTrend.ThemeLine line = trend.themes().get(i);
            String color = COLORS.get(i % COLORS.size());
            series.add(new ChartSpec.Dataset(
                    line.themeId() + " · " + line.name().in(language), line.scores(), color, false));
            if (trend.hubMedians()) {
                series.add(ChartSpec.Dataset.target(
                        getTranslation("changes.trend.median", line.themeId()), line.hubMedian(), color));
            }
        }
        NlcChart chart = new NlcChart(
                new ChartSpec.LineSpec(
                        labels,
                        series,
                        0.0,
                        100.0,
                        getTranslation("changes.trend.x"),
                        getTranslation("changes.trend.y"),
                        language.rightToLeft()),
                language.locale());
        chart.setAccessibleLabel(getTranslation("changes.trend.label"));
        chart.setId("trend-chart");
        chart.addClassName("chart");
        chart.addClassName("trend-chart");
        section.add(chart);

        DataTable<RoundTrend.ThemeLine> table = new DataTable<>("trend-table");
        table.column(
                getTranslation("changes.col.theme"),
                line -> line.themeId() + " · " + line.name().in(language));
        for (int i = 0; i < trend.rounds().size(); i++) {
            int round = i;
            AssessmentRef ref = trend.rounds().get(i);
            table.column(
                    Formats.isolate(ref.roundLabel()),
                    line -> Formats.score(line.scores().get(round), language)
                            + (trend.hubMedians()
                                    ? " (" + getTranslation("changes.trend.median-short") + " "
                                            + Formats.score(line.hubMedian().get(round), language) + ")"
                                    : ""),
                    "number");
        }
        table.setItems(trend.themes());
        section.add(table);
        Paragraph dates = new Paragraph(getTranslation(
                "changes.trend.dates",
                String.join(
                        ", ",
                        trend.rounds().stream()
                                .map(round -> Formats.isolate(round.roundLabel()) + " "
                                        + Formats.date(
                                                round.createdAt()
                                                        .atZone(ZoneId.of("Africa/Casablanca"))
                                                        .toLocalDate(),
                                                language))
                                .toList())));
        dates.addClassName("muted");
        section.add(dates);
        return section;
    }

    /** The address of the comparison of two rounds of a city, for links from other screens. */
    static RouteParameters city(long cityId) {
        return new RouteParameters("cityId", String.valueOf(cityId));
    }

    static QueryParameters rounds(long fromId, long toId) {
        return QueryParameters.simple(Map.of(FROM, String.valueOf(fromId), TO, String.valueOf(toId)));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
