package io.nlc.results;

import io.nlc.assessment.AssessmentOverview;
import io.nlc.content.Framework;
import io.nlc.content.Theme;
import io.nlc.scoring.AssessmentScore;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the results page shows: the framework version the assessment is pinned to, the themes in scope, the
 * score, and the suggested actions of the highest-priority gaps, keyed by theme id in priority order; and, once a
 * national focal point has rated the round, the comparison with the national view ({@code null} too while it is
 * hidden from the city team, which {@code nationalHidden} tells).
 */
public record AssessmentResults(
        AssessmentOverview overview,
        Framework framework,
        List<Theme> themes,
        AssessmentScore score,
        Map<String, List<ActionSuggestion>> actionsByTheme,
        @Nullable NationalComparison national,
        boolean nationalHidden) {}
