package io.nlc.report;

import io.nlc.assessment.SavedAnswer;
import io.nlc.discussion.Discussion;
import io.nlc.plan.PlannedAction;
import io.nlc.progress.RoundTrend;
import io.nlc.results.AssessmentResults;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one assessment report prints, as the reader may see it.
 *
 * @param answers         the city's own answers by item id (never the national set: that comes only through
 *                        {@code results.national()}, where the blind-rating rule allows it)
 * @param openThreads     the open discussions of the round
 * @param includeInternal the reader's choice to print internal material. Comments and evidence carry no sensitivity
 *                        label yet (issue 13, point 6, on its way): once they do, {@link AssessmentReportHtml}'s
 *                        {@code note}, {@code evidence} and {@code threads} must leave out what is internal unless
 *                        this is true
 */
record ReportContent(
        AssessmentResults results,
        Map<String, SavedAnswer> answers,
        List<Discussion> openThreads,
        List<PlannedAction> plan,
        RoundTrend trend,
        Instant generatedAt,
        boolean includeInternal) {}
