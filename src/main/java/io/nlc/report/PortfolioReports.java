package io.nlc.report;

import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.organisation.HubRef;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.portfolio.PortfolioRow;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The hub portfolio as a PDF for its advisors (and administrators): every city of the hub with the round the mode
 * picks, its score per core theme coloured by maturity level, status, completeness, trend and how far its plan has
 * come. {@link HubPortfolio} checks the reader: a city team, a rater or another hub's advisor is refused.
 */
@Service
public class PortfolioReports {

    private final HubPortfolio portfolio;
    private final PdfWriter writer;
    private final Clock clock;

    PortfolioReports(HubPortfolio portfolio, PdfWriter writer, Clock clock) {
        this.portfolio = portfolio;
        this.writer = writer;
        this.clock = clock;
    }

    public byte[] pdf(long hubId, PortfolioMode mode, Language language) {
        HubRef hub = portfolio.hub(hubId);
        PortfolioQuery query = new PortfolioQuery(mode, null, PortfolioQuery.Sort.CITY, false);
        List<PortfolioRow> rows = portfolio.rows(hubId, query, 0, portfolio.count(hubId, query));
        ReportTexts texts = new ReportTexts(language);
        return writer.write(html(hub, mode, rows, portfolio.themes(), texts), language, Map.of());
    }

    public String fileName(long hubId, Language language) {
        return AssessmentReports.safe("nlc-portfolio-" + portfolio.hub(hubId).code() + "-" + language.code()) + ".pdf";
    }

    private String html(
            HubRef hub, PortfolioMode mode, List<PortfolioRow> rows, List<Theme> themes, ReportTexts texts) {
        Language language = texts.language();
        String title = texts.get("portfolio.title", hub.name().in(language));
        Html html = new Html();
        // Landscape: a column per core theme.
        AssessmentReportHtml.head(html, texts, title, "@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm; }");
        html.open("div")
                .element("div", texts.get("app.title") + " — " + texts.get("report.portfolio.title"), "class", "muted")
                .element("h1", title)
                .element(
                        "p",
                        texts.get("portfolio.mode") + ": " + texts.get("portfolio.mode." + mode) + " · "
                                + texts.get("report.cover.date") + ": " + texts.date(clock.instant()));
        html.element("p", texts.get("portfolio.legend.levels"), "class", "muted");
        html.open("p", "class", "muted");
        for (int level = 0; level <= 4; level++) {
            html.element("span", String.valueOf(level), "class", "legend-level level-" + level);
        }
        html.close("p");
        html.open("table", "class", "grid").open("tr");
        html.heading(texts.get("portfolio.col.city"))
                .heading(texts.get("portfolio.col.region"))
                .heading(texts.get("portfolio.col.status"))
                .heading(texts.get("results.index"), "class", "number")
                .heading(texts.get("portfolio.col.completeness"), "class", "number");
        for (Theme theme : themes) {
            html.heading(theme.id(), "class", "number");
        }
        html.heading(texts.get("report.portfolio.trend"), "class", "number")
                .heading(texts.get("report.plan"))
                .close("tr");
        for (PortfolioRow row : rows) {
            html.open("tr")
                    .open("td")
                    .element("div", row.city().name().in(language), "class", "item-question")
                    .element(
                            "div",
                            row.roundLabel() == null ? texts.get("portfolio.no-round") : row.roundLabel(),
                            "class",
                            "muted")
                    .close("td")
                    .element("td", row.city().region(language))
                    .element("td", row.status() == null ? "–" : texts.get("status." + row.status()))
                    .element("td", texts.score(row.index()), "class", "number")
                    .element(
                            "td",
                            row.roundLabel() == null ? "–" : texts.percent(row.completeness()),
                            "class",
                            "number");
            for (Theme theme : themes) {
                Double score = row.themeScores().get(theme.id());
                Integer level = row.themeLevels().get(theme.id());
                html.element("td", texts.score(score), "class", level == null ? "number" : "number level-" + level);
            }
            // Left to right, so that a minus stays in front of its number in Arabic too.
            html.element("td", row.trend() == null ? "–" : signed(row.trend(), texts), "class", "number", "dir", "ltr")
                    .element(
                            "td",
                            row.plan().actions() == 0
                                    ? texts.get("portfolio.plan.none")
                                    : texts.get(
                                            "portfolio.plan.cell",
                                            row.plan().done(),
                                            row.plan().actions(),
                                            row.plan().overdue()))
                    .close("tr");
        }
        html.close("table");
        html.element("h3", texts.get("report.legend"));
        html.open("table", "class", "grid");
        for (Theme theme : themes) {
            html.open("tr")
                    .element("td", theme.id())
                    .element("td", theme.name().in(language))
                    .close("tr");
        }
        html.close("table").close("div").close("body").close("html");
        return html.toString();
    }

    private static String signed(double value, ReportTexts texts) {
        return (value > 0 ? "+" : "") + texts.score(value);
    }
}
