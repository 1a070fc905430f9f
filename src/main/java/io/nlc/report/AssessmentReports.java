package io.nlc.report;

import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Language;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import io.nlc.progress.RoundChanges;
import io.nlc.progress.RoundTrend;
import io.nlc.results.AssessmentResults;
import io.nlc.results.NationalComparison;
import io.nlc.results.Results;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import java.awt.Color;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The PDF report of one assessment, in the language the reader picks: a cover (city, round, framework version and
 * where it comes from, status, date), the summary with the radar and the gaps, one section per theme (each item's
 * answer with its level's descriptor, note, evidence and the hub's open comments), the city's action plan, the trend
 * across rounds, and the national and local views where the reader may see them.
 *
 * <p>Every read goes through the services the screens use, which check the signed-in reader: someone who may not see
 * the city (another city, a rater, another hub) is refused before anything is written. Whether the national view is
 * shown is what {@link Results} decided for the results page (the blind-rating rule), never decided here.
 */
@Service
public class AssessmentReports {

    /** Colours of the results page, so that the printed radar reads like the screen's. */
    static final Color CURRENT = new Color(0x1f6feb);

    static final Color TARGET = new Color(0xb35900);
    static final Color NATIONAL = new Color(0x1b7f3b);
    /** The divergence table lists this many items; the rest are counted, as on the results page. */
    static final int DIVERGENCES_SHOWN = 10;

    private final AssessmentService assessments;
    private final Results results;
    private final Discussions discussions;
    private final ActionPlans plans;
    private final RoundChanges changes;
    private final PdfWriter writer;
    private final Clock clock;

    AssessmentReports(
            AssessmentService assessments,
            Results results,
            Discussions discussions,
            ActionPlans plans,
            RoundChanges changes,
            PdfWriter writer,
            Clock clock) {
        this.assessments = assessments;
        this.results = results;
        this.discussions = discussions;
        this.plans = plans;
        this.changes = changes;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * The report as PDF bytes. {@code includeInternal}: whether comments and evidence labelled internal are printed
     * (the reader's choice, off by default on screen); see {@link ReportContent#includeInternal}.
     */
    public byte[] pdf(long assessmentId, Language language, boolean includeInternal) {
        ReportContent content = content(assessmentId, includeInternal);
        ReportTexts texts = new ReportTexts(language);
        String html = new AssessmentReportHtml(content, texts).render();
        return writer.write(html, language, Map.of(RadarChart.TYPE, radar(content)));
    }

    /** A file name for the report: city code, round and language, in letters any file system keeps. */
    public String fileName(long assessmentId, Language language) {
        AssessmentOverview overview = assessments.overview(assessmentId);
        return safe("nlc-" + overview.city().communeCode() + "-" + overview.roundLabel() + "-" + language.code())
                + ".pdf";
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    /** What the report shows, read with the reader's rights; the access check comes first. */
    ReportContent content(long assessmentId, boolean includeInternal) {
        AssessmentRef ref = assessments.requireVisible(assessmentId);
        AssessmentResults result = results.results(assessmentId);
        Map<String, SavedAnswer> answers =
                assessments.answersForResults(assessmentId).local();
        List<Discussion> open = discussions.threads(assessmentId).stream()
                .filter(Discussion::open)
                .toList();
        List<PlannedAction> plan = plans.plan(ref.cityId(), PlanFilter.all());
        RoundTrend trend = changes.trend(ref.cityId());
        return new ReportContent(result, answers, open, plan, trend, clock.instant(), includeInternal);
    }

    private RadarChart radar(ReportContent content) {
        AssessmentScore score = content.results().score();
        Map<String, ThemeScore> national = nationalThemes(content.results());
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> current = new ArrayList<>();
        List<@Nullable Double> targets = new ArrayList<>();
        List<@Nullable Double> nationalLevels = new ArrayList<>();
        for (ThemeScore theme : score.themes()) {
            labels.add(theme.themeId());
            current.add(theme.currentLevel());
            targets.add((double) theme.target());
            ThemeScore other = national.get(theme.themeId());
            nationalLevels.add(other == null ? null : other.currentLevel());
        }
        List<RadarChart.Series> series = new ArrayList<>(List.of(
                new RadarChart.Series(current, CURRENT, true, false),
                new RadarChart.Series(targets, TARGET, false, true)));
        if (!national.isEmpty()) {
            series.add(new RadarChart.Series(nationalLevels, NATIONAL, false, false));
        }
        return new RadarChart(labels, series, writer.chartFont());
    }

    static Map<String, ThemeScore> nationalThemes(AssessmentResults result) {
        NationalComparison national = result.national();
        return national == null
                ? Map.of()
                : national.nationalScore().themes().stream()
                        .collect(Collectors.toMap(ThemeScore::themeId, Function.identity()));
    }
}
