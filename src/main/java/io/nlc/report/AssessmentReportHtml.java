package io.nlc.report;

import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Framework;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.discussion.Discussion;
import io.nlc.plan.PlannedAction;
import io.nlc.progress.RoundTrend;
import io.nlc.results.AssessmentResults;
import io.nlc.results.NationalComparison;
import io.nlc.scoring.AnswerState;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes one assessment report as XHTML for {@link PdfWriter}: the layout of {@link AssessmentReports}. */
final class AssessmentReportHtml {

    /** The one style sheet of the reports, read once. */
    private static final String CSS = css();

    private final ReportContent content;
    private final AssessmentResults results;
    private final ReportTexts texts;
    private final Language language;
    private final Framework framework;
    private final Html html = new Html();

    AssessmentReportHtml(ReportContent content, ReportTexts texts) {
        this.content = content;
        this.results = content.results();
        this.texts = texts;
        this.language = texts.language();
        this.framework = results.framework();
    }

    String render() {
        AssessmentOverview overview = results.overview();
        String title =
                texts.get("report.title") + " — " + overview.city().name().in(language) + " — " + overview.roundLabel();
        head(html, texts, title, "");
        cover(overview);
        summary();
        themes();
        plan();
        trend();
        national();
        html.close("body").close("html");
        return html.toString();
    }

    /**
     * The document's head and the opening body tag, shared with the portfolio report; {@code extraCss} comes after
     * the common style sheet, so it wins.
     */
    static void head(Html html, ReportTexts texts, String title, String extraCss) {
        Language language = texts.language();
        String direction = language.rightToLeft() ? "rtl" : "ltr";
        html.raw("<!DOCTYPE html>")
                .open("html", "lang", language.code(), "dir", direction)
                .open("head")
                .element("title", title)
                .open("style")
                .text(CSS + extraCss)
                .close("style")
                .close("head")
                .open("body", "class", direction, "dir", direction);
    }

    private void cover(AssessmentOverview overview) {
        html.open("div", "class", "cover")
                .element("div", texts.get("app.title"), "class", "product")
                .element("h1", texts.get("report.title"))
                .open("table", "class", "facts");
        fact(
                texts.get("report.cover.city"),
                overview.city().name().in(language) + " — " + overview.city().province(language) + ", "
                        + overview.city().region(language));
        fact(texts.get("report.cover.round"), overview.roundLabel() + " — " + texts.get("tier." + overview.tier()));
        fact(texts.get("report.cover.framework"), framework.title().in(language));
        fact(texts.get("report.cover.status"), texts.get("status." + overview.status()));
        fact(texts.get("report.cover.date"), texts.date(content.generatedAt()));
        html.close("table")
                .open("div", "class", "provenance")
                .element("h3", texts.get("report.provenance"))
                .element("p", framework.provenance().in(language))
                .close("div")
                .close("div");
    }

    private void fact(String label, String value) {
        html.open("tr")
                .element("td", label, "class", "label")
                .element("td", value)
                .close("tr");
    }

    private void summary() {
        AssessmentScore score = results.score();
        html.element("h2", texts.get("report.summary"));
        html.open("table", "class", "figures").open("tr");
        figure(texts.score(score.index()), texts.get("results.index"));
        figure(
                score.maturity() == null
                        ? "–"
                        : score.maturity() + " · "
                                + framework.levelName(score.maturity()).in(language),
                texts.get("results.maturity"));
        figure(texts.percent(score.completeness()), texts.get("results.completeness"));
        figure(String.valueOf(score.dontKnow()), texts.get("results.dont-know"));
        html.close("tr").close("table");
        if (score.answered() == 0) {
            html.element("p", texts.get("results.empty"));
        }

        Map<String, ThemeScore> national = AssessmentReports.nationalThemes(results);
        Map<String, Theme> themes = themesById();
        html.element("h3", texts.get("results.radar"));
        html.open("table", "class", "charts").open("tr").open("td");
        html.raw("<object type=\"" + RadarChart.TYPE + "\" class=\"radar\"></object>");
        html.close("td").open("td");
        html.open("p")
                .element("span", " ", "class", "swatch", "style", "background-color: #1f6feb")
                .text(texts.get("results.current") + "   ")
                .element("span", " ", "class", "swatch", "style", "background-color: #b35900")
                .text(texts.get("results.target"));
        if (!national.isEmpty()) {
            html.text("   ")
                    .element("span", " ", "class", "swatch", "style", "background-color: #1b7f3b")
                    .text(texts.get("results.national"));
        }
        html.close("p");
        html.open("table", "class", "grid").open("tr");
        html.heading(texts.get("results.col.theme"))
                .heading(texts.get("results.col.current"), "class", "number")
                .heading(texts.get("results.col.target"), "class", "number");
        if (!national.isEmpty()) {
            html.heading(texts.get("results.col.national"), "class", "number");
        }
        html.close("tr");
        for (ThemeScore theme : score.themes()) {
            html.open("tr")
                    .element(
                            "td",
                            theme.themeId() + " · "
                                    + themes.get(theme.themeId()).name().in(language))
                    .element("td", texts.level(theme.currentLevel()), "class", "number")
                    .element("td", String.valueOf(theme.target()), "class", "number");
            if (!national.isEmpty()) {
                ThemeScore other = national.get(theme.themeId());
                html.element("td", other == null ? "–" : texts.level(other.currentLevel()), "class", "number");
            }
            html.close("tr");
        }
        html.close("table").close("td").close("tr").close("table");

        html.element("h3", texts.get("results.gaps"));
        if (score.priorities().isEmpty()) {
            html.element("p", texts.get("results.no-gaps"));
        } else {
            // Bars are boxes of the page itself: vector, and laid out right to left in Arabic with their labels.
            html.open("table", "class", "grid gaps").open("tr");
            html.heading(texts.get("results.col.theme"))
                    .heading(texts.get("results.gap.axis"))
                    .heading(texts.get("results.col.gap"), "class", "number")
                    .close("tr");
            for (ThemeScore theme : score.priorities()) {
                double gap = theme.gap() == null ? 0 : theme.gap();
                html.open("tr")
                        .element("td", themes.get(theme.themeId()).name().in(language))
                        .open("td", "class", "bar-cell")
                        .raw("<div class=\"bar\" style=\"width: "
                                + String.format(java.util.Locale.ROOT, "%.1f", gap / 4 * 100) + "%\"></div>")
                        .close("td")
                        .element("td", texts.level(theme.gap()), "class", "number")
                        .close("tr");
            }
            html.close("table");
        }
        html.element("h3", texts.get("results.table"));
        html.open("table", "class", "grid").open("tr");
        for (String key : List.of(
                "results.col.theme",
                "results.col.score",
                "results.col.maturity",
                "results.col.current",
                "results.col.target",
                "results.col.gap",
                "results.col.completeness",
                "results.col.dont-know")) {
            html.heading(texts.get(key), "class", key.equals("results.col.theme") ? "" : "number");
        }
        html.close("tr");
        for (ThemeScore theme : score.themes()) {
            html.open("tr")
                    .element("td", themes.get(theme.themeId()).name().in(language))
                    .element("td", texts.score(theme.score()), "class", "number")
                    .element("td", theme.maturity() == null ? "–" : String.valueOf(theme.maturity()), "class", "number")
                    .element("td", texts.level(theme.currentLevel()), "class", "number")
                    .element("td", String.valueOf(theme.target()), "class", "number")
                    .element("td", texts.level(theme.gap()), "class", "number")
                    .element(
                            "td",
                            theme.answered() + "/" + theme.applicable() + " · " + texts.percent(theme.completeness()),
                            "class",
                            "number")
                    .element("td", String.valueOf(theme.dontKnow()), "class", "number")
                    .close("tr");
        }
        html.close("table");
    }

    private void figure(String value, String label) {
        html.open("td")
                .element("div", value, "class", "figure-value")
                .open("div", "class", "figure-label")
                .textKeepingRanges(label)
                .close("div")
                .close("td");
    }

    private void themes() {
        Map<String, ThemeScore> scores =
                results.score().themes().stream().collect(Collectors.toMap(ThemeScore::themeId, theme -> theme));
        html.element("h2", texts.get("report.themes"));
        for (Theme theme : results.themes()) {
            ThemeScore score = scores.get(theme.id());
            html.element("h3", theme.id() + " · " + theme.name().in(language));
            if (score != null) {
                html.element(
                        "p",
                        texts.get(
                                "report.theme.score",
                                texts.score(score.score()),
                                texts.level(score.currentLevel()),
                                score.target(),
                                score.answered(),
                                score.applicable()),
                        "class",
                        "muted");
            }
            threads(theme.id());
            for (Item item : theme.items()) {
                item(item);
            }
        }
    }

    private void item(Item item) {
        SavedAnswer answer = content.answers().get(item.id());
        html.open("div", "class", "item")
                .element("div", item.id() + " · " + item.question().in(language), "class", "item-question")
                .open("div", "class", "answer");
        AnswerState state = answer == null ? AnswerState.UNANSWERED : answer.state();
        switch (state) {
            case LEVEL -> {
                int level = answer.level();
                html.element(
                                "strong",
                                texts.get("item.level", level) + " · "
                                        + framework.levelName(level).in(language))
                        .element("div", item.level(level).in(language), "class", "descriptor");
            }
            case NOT_APPLICABLE -> html.element("strong", texts.get("choice.NOT_APPLICABLE"));
            case DONT_KNOW -> html.element("strong", texts.get("choice.DONT_KNOW"));
            case UNANSWERED -> html.element("span", texts.get("item.status.unanswered"), "class", "muted");
        }
        html.close("div");
        if (answer != null) {
            if (answer.draft().confidence() != null) {
                html.element(
                        "div",
                        texts.get("item.confidence") + ": "
                                + texts.get("confidence." + answer.draft().confidence()),
                        "class",
                        "muted");
            }
            note(answer);
            evidence(answer);
        }
        threads(item.id());
        html.close("div");
    }

    /** The team's note on its answer, unless it is internal and the reader left internal material out. */
    private void note(SavedAnswer answer) {
        String comment = answer.draft().forExport(content.includeInternal()).comment();
        if (!comment.isBlank()) {
            html.open("div", "class", "note")
                    .element("span", texts.get("item.note") + ": ", "class", "muted")
                    .text(comment)
                    .close("div");
        }
    }

    /** Evidence links, printed and never followed; internal ones only when the reader asked for them. */
    private void evidence(SavedAnswer answer) {
        List<String> links = answer.draft().forExport(content.includeInternal()).evidence();
        if (!links.isEmpty()) {
            html.open("div", "class", "evidence")
                    .element("span", texts.get("report.evidence") + ": ", "class", "muted");
            for (String link : links) {
                html.element("div", link, "dir", "ltr");
            }
            html.close("div");
        }
    }

    /**
     * The open discussions on an item or theme in which the hub's advisors took part: what the city still has to
     * answer. Discussions carry no sensitivity label: they are the hub's exchange with the city.
     */
    private void threads(String targetId) {
        for (Discussion thread : content.openThreads()) {
            if (!thread.targetId().equals(targetId)
                    || thread.messages().stream().noneMatch(Discussion.Message::byAdvisor)) {
                continue;
            }
            html.open("div", "class", "thread").element("div", texts.get("report.open-comment"), "class", "muted");
            for (Discussion.Message message : thread.messages()) {
                html.open("div")
                        .element(
                                "span",
                                message.author() + " (" + texts.date(message.at()) + "): ",
                                "class",
                                message.byAdvisor() ? "advisor" : "author")
                        .text(message.body())
                        .close("div");
            }
            html.close("div");
        }
    }

    private void plan() {
        html.element("h2", texts.get("report.plan"));
        List<PlannedAction> actions = content.plan();
        if (actions.isEmpty()) {
            html.element("p", texts.get("report.plan.none"));
            return;
        }
        html.open("table", "class", "grid").open("tr");
        for (String key : List.of(
                "plan.col.action",
                "plan.col.owner",
                "plan.col.due",
                "plan.col.status",
                "plan.col.addresses",
                "plan.col.round")) {
            html.heading(texts.get(key));
        }
        html.close("tr");
        for (PlannedAction action : actions) {
            String status = texts.get("plan.status." + action.status());
            if (action.overdue()) {
                status += " · " + texts.get("plan.overdue");
            }
            html.open("tr").open("td").element("div", action.title(), "class", "item-question");
            if (!action.description().isBlank()) {
                html.element("div", action.description());
            }
            if (action.dropReason() != null && !action.dropReason().isBlank()) {
                html.element("div", action.dropReason(), "class", "muted");
            }
            html.close("td")
                    .element("td", action.owner())
                    .element("td", action.dueDate() == null ? "–" : texts.date(action.dueDate()))
                    .element("td", status)
                    .element("td", String.join(", ", action.targets()))
                    .element("td", action.roundLabel())
                    .close("tr");
        }
        html.close("table");
    }

    private void trend() {
        html.element("h2", texts.get("report.trend"));
        RoundTrend trend = content.trend();
        if (trend.rounds().isEmpty()) {
            html.element("p", texts.get("changes.trend.none"));
            return;
        }
        html.element("p", texts.get("changes.trend.help"), "class", "muted");
        html.open("table", "class", "grid").open("tr").heading(texts.get("results.col.theme"));
        trend.rounds().forEach(round -> html.heading(round.roundLabel(), "class", "number"));
        html.close("tr");
        for (RoundTrend.ThemeLine line : trend.themes()) {
            html.open("tr").element("td", line.themeId() + " · " + line.name().in(language));
            for (@Nullable Double value : line.scores()) {
                html.element("td", texts.score(value), "class", "number");
            }
            html.close("tr");
        }
        html.close("table");
    }

    /**
     * Only what {@code results} let this reader see. While the city still rates blind the section says so, as the
     * screen does, so that a reader of the PDF knows the view is withheld rather than missing.
     */
    private void national() {
        NationalComparison national = results.national();
        html.element("h2", texts.get("results.national.title"));
        if (results.nationalHidden() || national == null) {
            html.element(
                    "p", texts.get(results.nationalHidden() ? "results.national.hidden" : "results.national.none"));
            return;
        }
        html.element(
                "p",
                texts.get(
                        "results.national.summary",
                        texts.score(national.nationalScore().index()),
                        texts.score(results.score().index()),
                        national.nationalScore().answered(),
                        national.nationalScore().applicable()));
        if (national.divergences().isEmpty()) {
            html.element("p", texts.get("results.national.agree"));
            return;
        }
        Map<String, Item> items = results.themes().stream()
                .flatMap(theme -> theme.items().stream())
                .collect(Collectors.toMap(Item::id, item -> item));
        html.element("p", texts.get("results.national.divergent"));
        html.open("table", "class", "grid").open("tr");
        html.heading(texts.get("results.national.col.item"))
                .heading(texts.get("results.national.col.local"), "class", "number")
                .heading(texts.get("results.national.col.national"), "class", "number")
                .heading(texts.get("results.national.col.difference"), "class", "number")
                .close("tr");
        for (NationalComparison.Divergence divergence : national.divergences().stream()
                .limit(AssessmentReports.DIVERGENCES_SHOWN)
                .toList()) {
            html.open("tr")
                    .element(
                            "td",
                            divergence.itemId() + " · "
                                    + items.get(divergence.itemId()).question().in(language))
                    .element("td", String.valueOf(divergence.localLevel()), "class", "number")
                    .element("td", String.valueOf(divergence.nationalLevel()), "class", "number")
                    .element(
                            "td",
                            (divergence.difference() > 0 ? "+" : "") + divergence.difference(),
                            "class",
                            "number",
                            "dir",
                            "ltr")
                    .close("tr");
        }
        html.close("table");
        int more = national.divergences().size() - AssessmentReports.DIVERGENCES_SHOWN;
        if (more > 0) {
            html.element("p", texts.get("results.national.more", more), "class", "muted");
        }
    }

    private Map<String, Theme> themesById() {
        return results.themes().stream().collect(Collectors.toMap(Theme::id, theme -> theme));
    }

    private static String css() {
        try (InputStream in = AssessmentReportHtml.class.getResourceAsStream("/report/report.css")) {
            if (in == null) {
                throw new IllegalStateException("Missing /report/report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
