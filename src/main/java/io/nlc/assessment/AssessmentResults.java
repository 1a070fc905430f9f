package io.nlc.assessment;

import io.nlc.content.Framework;
import io.nlc.content.Theme;
import io.nlc.scoring.AssessmentScore;
import java.util.List;
import java.util.Map;

/**
 * Everything the results page shows: the framework version the assessment is pinned to, the themes in scope, the
 * score, and the suggested actions of the highest-priority gaps, keyed by theme id in priority order.
 */
public record AssessmentResults(AssessmentOverview overview, Framework framework, List<Theme> themes,
                                AssessmentScore score, Map<String, List<ActionSuggestion>> actionsByTheme) {
}
