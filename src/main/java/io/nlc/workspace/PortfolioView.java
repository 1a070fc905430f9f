package io.nlc.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.base.DownloadProgress;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.plan.PlanProgress;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.portfolio.PortfolioRow;
import io.nlc.report.PortfolioReports;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The hub portfolio: cities x themes heatmap of scores, with status, completeness, last activity and trend. By
 * default each city's latest round of any status. Rows are fetched page by page from the service, so the session
 * never holds the whole table: a grid on wide screens, and at phone width a list of cards (one per city, with a
 * strip of theme levels) that loads more on request (styles.css shows one or the other).
 */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("hubs/:id(\\d{1,18})")
@RolesAllowed({"ADMINISTRATOR", "HUB_ADVISOR"})
class PortfolioView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL_REGIONS = "";
    /** Below this share of answered items an index says little; it is flagged, not hidden. */
    static final double LOW_COMPLETENESS = 0.5;
    /** Cards loaded at a time at phone width. */
    static final int CARDS_PAGE = 20;

    private final HubPortfolio portfolio;
    private final PortfolioReports reports;
    private final FrameworkCatalog catalog;
    /** The mode the page shows, for the PDF's download request (which runs outside the UI). */
    private final AtomicReference<PortfolioMode> pdfMode = new AtomicReference<>(PortfolioMode.LATEST);

    private final RadioButtonGroup<PortfolioMode> mode = new RadioButtonGroup<>();
    private final Select<String> region = new Select<>();
    private final Select<PortfolioQuery.Sort> cardOrder = new Select<>();
    private final Grid<PortfolioRow> grid = new Grid<>();
    private final Div cards = new Div();
    private final Button more = new Button();
    private int cardsShown;
    private long hubId;
    private String title = "";

    PortfolioView(HubPortfolio portfolio, PortfolioReports reports, FrameworkCatalog catalog) {
        this.portfolio = portfolio;
        this.reports = reports;
        this.catalog = catalog;
        addClassName("page");
        addClassName("portfolio");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        hubId = event.getRouteParameters().getLong("id").orElseThrow();
        Language language = Languages.current();
        title = getTranslation(
                "portfolio.title", Formats.isolate(portfolio.hub(hubId).name().in(language)));
        removeAll();
        H1 heading = new H1(title);
        // A phone shows two rows of it (styles.css): the whole name stays at hand.
        heading.setTitle(title);
        add(heading);
        pdfMode.set(PortfolioMode.LATEST);
        DownloadProgress pdfProgress = new DownloadProgress(getTranslation("report.portfolio.making"));
        add(ReportDownloads.portfolioLink(reports, hubId, pdfMode, language, pdfProgress), pdfProgress);

        mode.setLabel(getTranslation("portfolio.mode"));
        mode.setItems(PortfolioMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("portfolio.mode." + value.name()));
        mode.setValue(PortfolioMode.LATEST);
        List<String> regions = new ArrayList<>();
        regions.add(ALL_REGIONS);
        Map<String, String> regionNames = portfolio.regions(hubId, language);
        regions.addAll(regionNames.keySet());
        region.setLabel(getTranslation("portfolio.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(value ->
                value.isEmpty() ? getTranslation("portfolio.all-regions") : regionNames.getOrDefault(value, value));
        region.setValue(ALL_REGIONS);
        cardOrder.setLabel(getTranslation("portfolio.sort"));
        cardOrder.setItems(PortfolioQuery.Sort.values());
        cardOrder.setItemLabelGenerator(sort -> getTranslation("portfolio.sort." + sort.name()));
        cardOrder.setValue(PortfolioQuery.Sort.CITY);
        cardOrder.addClassName("card-order");
        Div filters = new Div(mode, region, cardOrder);
        filters.addClassName("filters");
        add(filters, legend(language), themeKey(language));

        buildGrid(language);
        cards.addClassName("portfolio-cards");
        more.setText(getTranslation("portfolio.more"));
        more.addClassName("more-cities");
        more.addClickListener(click -> addCards(language));
        // The arrows beside an index, in words for those who cannot hover over them (touch screens); under the
        // cities, so that on a phone the first city stays on the first screen.
        Paragraph trendKey = new Paragraph(getTranslation("portfolio.trend.legend"));
        trendKey.addClassName("trend-key");
        add(grid, cards, more, trendKey);
        refreshCards(language);
        mode.addValueChangeListener(change -> {
            pdfMode.set(change.getValue());
            grid.getDataProvider().refreshAll();
            refreshCards(language);
        });
        region.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            refreshCards(language);
        });
        cardOrder.addValueChangeListener(change -> refreshCards(language));
    }

    private void buildGrid(Language language) {
        grid.removeAllColumns();
        grid.addClassName("portfolio-table");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.addColumn(new ComponentRenderer<>(row -> cityCell(row, language)))
                .setHeader(getTranslation("portfolio.col.city"))
                .setKey(PortfolioQuery.Sort.CITY.name())
                .setSortable(true)
                .setFrozen(true)
                .setWidth("10rem")
                .setFlexGrow(1);
        // Status and last activity share a column, so that every theme fits beside them at 1280 px.
        grid.addColumn(new ComponentRenderer<>(row -> statusCell(row, language)))
                .setHeader(getTranslation("portfolio.col.status"))
                .setKey(PortfolioQuery.Sort.STATUS.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.assessmentId() == null ? "–" : Formats.percent(row.completeness(), language))
                .setHeader(getTranslation("portfolio.col.completeness"))
                .setKey(PortfolioQuery.Sort.COMPLETENESS.name())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::indexCell))
                .setHeader(getTranslation("results.index"))
                .setKey(PortfolioQuery.Sort.INDEX.name())
                .setSortable(true)
                .setWidth("6.5rem")
                .setFlexGrow(0);
        for (Theme theme : portfolio.themes()) {
            grid.addColumn(new ComponentRenderer<>(row -> heat(
                            row.themeScores().get(theme.id()), row.themeLevels().get(theme.id()), language)))
                    .setHeader(theme.id())
                    .setTooltipGenerator(row -> theme.name().in(language))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("4.5rem")
                    .setFlexGrow(0);
        }
        grid.setItems(
                query ->
                        portfolio
                                .rows(hubId, query(query.getSortOrders()), query.getOffset(), query.getLimit())
                                .stream(),
                query -> portfolio.count(hubId, query(List.of())));
        grid.sort(List.of(
                new GridSortOrder<>(grid.getColumnByKey(PortfolioQuery.Sort.CITY.name()), SortDirection.ASCENDING)));
    }

    private PortfolioQuery query(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        PortfolioQuery.Sort sort = PortfolioQuery.Sort.CITY;
        boolean descending = false;
        if (!orders.isEmpty()) {
            sort = PortfolioQuery.Sort.valueOf(orders.getFirst().getSorted());
            descending = orders.getFirst().getDirection() == SortDirection.DESCENDING;
        }
        return query(sort, descending);
    }

    private PortfolioQuery query(PortfolioQuery.Sort sort, boolean descending) {
        String chosen = region.getValue();
        return new PortfolioQuery(
                mode.getValue() == null ? PortfolioMode.LATEST : mode.getValue(),
                chosen == null || chosen.isEmpty() ? null : chosen,
                sort,
                descending);
    }

    private void refreshCards(Language language) {
        cards.removeAll();
        cardsShown = 0;
        addCards(language);
    }

    /** The next page of cards; names and places sort from A, figures and dates from the highest. */
    private void addCards(Language language) {
        PortfolioQuery.Sort sort = cardOrder.getValue() == null ? PortfolioQuery.Sort.CITY : cardOrder.getValue();
        boolean descending = sort != PortfolioQuery.Sort.CITY && sort != PortfolioQuery.Sort.REGION;
        PortfolioQuery query = query(sort, descending);
        List<PortfolioRow> rows = portfolio.rows(hubId, query, cardsShown, CARDS_PAGE);
        rows.forEach(row -> cards.add(card(row, language)));
        cardsShown += rows.size();
        more.setVisible(cardsShown < portfolio.count(hubId, query));
    }

    /** How far the city's action plan has come, opening the plan: actions done of all, and overdue ones. */
    private RouterLink planCell(PortfolioRow row) {
        PlanProgress plan = row.plan();
        RouterLink link = new RouterLink(
                plan.actions() == 0
                        ? getTranslation("portfolio.plan.none")
                        : getTranslation("portfolio.plan.cell", plan.done(), plan.actions(), plan.overdue()),
                PlanView.class,
                new RouteParameters("cityId", String.valueOf(row.city().id())));
        link.addClassName("portfolio-plan");
        if (plan.overdue() > 0) {
            link.addClassName("plan-has-overdue");
        }
        return link;
    }

    /** One city at phone width: round and status, answered share, index, and a strip of its theme levels. */
    private Div card(PortfolioRow row, Language language) {
        Div card = new Div(cityCell(row, language));
        card.addClassName("portfolio-card");
        Div facts = new Div();
        facts.addClassName("portfolio-facts");
        if (row.status() != null) {
            facts.add(new StatusBadge(row.status()));
        }
        if (row.assessmentId() != null) {
            facts.add(
                    new Span(getTranslation("portfolio.card.answered", Formats.percent(row.completeness(), language))),
                    new Span(getTranslation("portfolio.card.index")),
                    indexCell(row));
        }
        card.add(facts);
        if (row.assessmentId() != null) {
            Div strip = new Div();
            strip.addClassName("level-strip");
            for (Theme theme : portfolio.themes()) {
                Span cell = heat(
                        row.themeScores().get(theme.id()), row.themeLevels().get(theme.id()), language);
                cell.setText(theme.id() + " " + Formats.score(row.themeScores().get(theme.id()), language));
                cell.setTitle(theme.name().in(language));
                strip.add(cell);
            }
            card.add(strip);
        }
        if (row.lastActivity() != null) {
            Span activity =
                    new Span(getTranslation("portfolio.card.activity", Formats.dateTime(row.lastActivity(), language)));
            activity.addClassName("muted");
            card.add(activity);
        }
        return card;
    }

    private Component cityCell(PortfolioRow row, Language language) {
        String name = row.city().name().in(language);
        Div cell = new Div();
        cell.addClassName("city-cell");
        if (row.assessmentId() == null) {
            Span none = new Span(name);
            none.setTitle(getTranslation("portfolio.no-round"));
            cell.add(none);
        } else {
            RouterLink link = new RouterLink(
                    Formats.isolate(name) + " · " + Formats.isolate(row.roundLabel()),
                    ResultsView.class,
                    new RouteParameters("id", String.valueOf(row.assessmentId())));
            link.addClassName("city-link");
            cell.add(link);
        }
        Span where = new Span(Formats.isolate(row.city().region(language)));
        where.addClassName("muted");
        where.addClassName("city-region");
        // The plan's progress sits with the city, not in a column of its own: every theme column must fit at 1280 px.
        cell.add(where, planCell(row));
        return cell;
    }

    private Component statusCell(PortfolioRow row, Language language) {
        if (row.status() == null) {
            return new Span(getTranslation("portfolio.no-round"));
        }
        Div cell = new Div(new StatusBadge(row.status()));
        if (row.lastActivity() != null) {
            Span when = new Span(Formats.dateTime(row.lastActivity(), language));
            when.addClassName("muted");
            when.addClassName("last-activity");
            cell.add(when);
        }
        cell.addClassName("status-cell");
        return cell;
    }

    /** The index with its trend in points, flagged when too few items are answered to trust it. */
    private Span indexCell(PortfolioRow row) {
        Language language = Languages.current();
        Span cell = new Span(Formats.score(row.index(), language));
        cell.addClassName("index-cell");
        if (row.index() != null && row.completeness() < LOW_COMPLETENESS) {
            cell.addClassName("low-completeness");
            Span flag = new Span("⚠ " + Formats.percent(row.completeness(), language));
            flag.addClassName("low-completeness-flag");
            String warning =
                    getTranslation("portfolio.low-completeness", Formats.percent(row.completeness(), language));
            flag.setTitle(warning);
            flag.getElement().setAttribute("aria-label", warning);
            cell.add(flag);
        }
        if (row.trend() != null) {
            double trend = row.trend();
            Span arrow = new Span(trend > 0.5 ? "▲" : trend < -0.5 ? "▼" : "▶");
            arrow.getElement().setAttribute("aria-hidden", "true");
            // What the number compares, in words read out after it (an aria-label on a plain span is not read).
            Span since = new Span(" " + getTranslation("portfolio.trend.since"));
            since.addClassName("visually-hidden");
            Span sign = new Span(arrow, new Span(" " + Formats.signedScore(trend, language)), since);
            sign.addClassName("trend");
            sign.addClassName(trend > 0.5 ? "trend-up" : trend < -0.5 ? "trend-down" : "trend-flat");
            sign.setTitle(getTranslation("portfolio.trend", Formats.signedScore(trend, language)));
            cell.add(sign);
        }
        return cell;
    }

    /** A score cell coloured by maturity band, with the number so colour is never the only cue. */
    private static Span heat(@Nullable Double score, @Nullable Integer level, Language language) {
        Span cell = new Span(Formats.score(score, language));
        cell.addClassName("heat");
        cell.addClassName(level == null ? "heat-none" : "heat-" + level);
        return cell;
    }

    /** The colours with the level names they stand for. */
    private Div legend(Language language) {
        Div legend = new Div(new Paragraph(getTranslation("portfolio.legend.levels")));
        legend.addClassName("heat-legend");
        for (int level = 0; level <= 4; level++) {
            Span swatch = new Span(getTranslation("item.level", level) + " · "
                    + catalog.current().levelName(level).in(language));
            swatch.addClassName("heat");
            swatch.addClassName("heat-" + level);
            legend.add(swatch);
        }
        return legend;
    }

    /** The themes behind the column codes, visible without hovering (touch screens cannot hover). */
    private Div themeKey(Language language) {
        Div key = new Div();
        key.addClassName("theme-key");
        for (Theme theme : portfolio.themes()) {
            Span entry = new Span(theme.id() + " · " + theme.name().in(language));
            key.add(entry);
        }
        return key;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
