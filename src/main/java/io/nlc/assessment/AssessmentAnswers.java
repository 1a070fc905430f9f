package io.nlc.assessment;

import io.nlc.content.Framework;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An assessment read in one go for its results: settings, pinned framework, scope, the city's answers and the
 * national ratings, which are {@code null} while the signed-in user rates blind.
 */
public record AssessmentAnswers(
        AssessmentOverview overview,
        Framework framework,
        AssessmentScope scope,
        Map<String, SavedAnswer> local,
        @Nullable Map<String, SavedAnswer> national) {

    public boolean nationalHidden() {
        return national == null;
    }
}
