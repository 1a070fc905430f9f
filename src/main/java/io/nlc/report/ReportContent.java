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
 * @param includeInternal the reader's choice to print notes and evidence links the team labelled internal
 *                        ({@link io.nlc.assessment.AnswerDraft#forExport}); off by default on screen
 */
record ReportContent(
        AssessmentResults results,
        Map<String, SavedAnswer> answers,
        List<Discussion> openThreads,
        List<PlannedAction> plan,
        RoundTrend trend,
        Instant generatedAt,
        boolean includeInternal) {}
