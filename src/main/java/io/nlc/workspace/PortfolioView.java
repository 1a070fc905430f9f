package io.nlc.workspace;

import com.vaadin.flow.component.Component;
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
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.portfolio.PortfolioRow;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The hub portfolio: cities x themes heatmap of scores, with status, completeness, last activity and trend.
 * Rows are fetched page by page from the service, so the session never holds the whole table.
 */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("hubs/:id(\\d{1,18})")
@RolesAllowed({"ADMINISTRATOR", "HUB_ADVISOR"})
class PortfolioView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL_REGIONS = "";

    private final HubPortfolio portfolio;
    private final RadioButtonGroup<PortfolioMode> mode = new RadioButtonGroup<>();
    private final Select<String> region = new Select<>();
    private final Grid<PortfolioRow> grid = new Grid<>();
    private long hubId;
    private String title = "";

    PortfolioView(HubPortfolio portfolio) {
        this.portfolio = portfolio;
        addClassName("page");
        addClassName("portfolio");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        hubId = event.getRouteParameters().getLong("id").orElseThrow();
        Language language = Languages.current();
        title = getTranslation("portfolio.title", Formats.isolate(portfolio.hub(hubId).name().in(language)));
        removeAll();
        add(new H1(title));

        mode.setLabel(getTranslation("portfolio.mode"));
        mode.setItems(PortfolioMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("portfolio.mode." + value.name()));
        mode.setValue(PortfolioMode.LATEST_VALIDATED);
        List<String> regions = new ArrayList<>();
        regions.add(ALL_REGIONS);
        regions.addAll(portfolio.regions(hubId));
        region.setLabel(getTranslation("portfolio.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("portfolio.all-regions") : value);
        region.setValue(ALL_REGIONS);
        Div filters = new Div(mode, region);
        filters.addClassName("filters");
        add(filters, legend());

        buildGrid(language);
        add(grid);
        mode.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid(Language language) {
        grid.removeAllColumns();
        grid.addClassName("portfolio-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.addColumn(new ComponentRenderer<>(row -> cityCell(row, language)))
                .setHeader(getTranslation("portfolio.col.city")).setKey(PortfolioQuery.Sort.CITY.name())
                .setSortable(true).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.city().region()).setHeader(getTranslation("portfolio.col.region"))
                .setKey(PortfolioQuery.Sort.REGION.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> row.status() == null ? new Span("–")
                        : new StatusBadge(row.status())))
                .setHeader(getTranslation("portfolio.col.status")).setKey(PortfolioQuery.Sort.STATUS.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> row.assessmentId() == null ? "–" : Formats.percent(row.completeness()))
                .setHeader(getTranslation("portfolio.col.completeness"))
                .setKey(PortfolioQuery.Sort.COMPLETENESS.name()).setSortable(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(this::indexCell)).setHeader(getTranslation("results.index"))
                .setKey(PortfolioQuery.Sort.INDEX.name()).setSortable(true);
        for (Theme theme : portfolio.themes()) {
            grid.addColumn(new ComponentRenderer<>(row -> heat(row.themeScores().get(theme.id()),
                            row.themeLevels().get(theme.id()))))
                    .setHeader(theme.id()).setTooltipGenerator(row -> theme.name().in(language))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("5.5em").setFlexGrow(0);
        }
        grid.addColumn(row -> Formats.dateTime(row.lastActivity(), language))
                .setHeader(getTranslation("portfolio.col.activity")).setKey(PortfolioQuery.Sort.LAST_ACTIVITY.name())
                .setSortable(true).setAutoWidth(true);
        grid.setItems(query -> portfolio.rows(hubId, query(query.getSortOrders()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> portfolio.count(hubId, query(List.of())));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(PortfolioQuery.Sort.CITY.name()),
                SortDirection.ASCENDING)));
    }

    private PortfolioQuery query(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        PortfolioQuery.Sort sort = PortfolioQuery.Sort.CITY;
        boolean descending = false;
        if (!orders.isEmpty()) {
            sort = PortfolioQuery.Sort.valueOf(orders.getFirst().getSorted());
            descending = orders.getFirst().getDirection() == SortDirection.DESCENDING;
        }
        String chosen = region.getValue();
        return new PortfolioQuery(mode.getValue() == null ? PortfolioMode.LATEST_VALIDATED : mode.getValue(),
                chosen == null || chosen.isEmpty() ? null : chosen, sort, descending);
    }

    private Component cityCell(PortfolioRow row, Language language) {
        String name = row.city().name().in(language);
        if (row.assessmentId() == null) {
            Span none = new Span(name);
            none.setTitle(getTranslation("portfolio.no-round"));
            return none;
        }
        RouterLink link = new RouterLink(Formats.isolate(name) + " · " + Formats.isolate(row.roundLabel()),
                ResultsView.class,
                new RouteParameters("id", String.valueOf(row.assessmentId())));
        link.addClassName("city-link");
        return link;
    }

    private Component indexCell(PortfolioRow row) {
        Span cell = new Span(Formats.score(row.index()));
        if (row.trend() != null) {
            double trend = row.trend();
            String arrow = trend > 0.5 ? "▲" : trend < -0.5 ? "▼" : "▶";
            Span sign = new Span(" " + arrow);
            sign.addClassName(trend > 0.5 ? "trend-up" : trend < -0.5 ? "trend-down" : "trend-flat");
            sign.setTitle(getTranslation("portfolio.trend", Formats.score(trend)));
            sign.getElement().setAttribute("aria-label", getTranslation("portfolio.trend", Formats.score(trend)));
            cell.add(sign);
        }
        return cell;
    }

    /** A score cell coloured by maturity band, with the number so colour is never the only cue. */
    private static Component heat(@Nullable Double score, @Nullable Integer level) {
        Span cell = new Span(Formats.score(score));
        cell.addClassName("heat");
        cell.addClassName(level == null ? "heat-none" : "heat-" + level);
        return cell;
    }

    private Div legend() {
        Div legend = new Div(new Paragraph(getTranslation("portfolio.legend")));
        legend.addClassName("heat-legend");
        for (int level = 0; level <= 4; level++) {
            Span swatch = new Span(getTranslation("item.level", level));
            swatch.addClassName("heat");
            swatch.addClassName("heat-" + level);
            legend.add(swatch);
        }
        return legend;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
