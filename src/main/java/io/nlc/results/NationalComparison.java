package io.nlc.results;

import io.nlc.scoring.AssessmentScore;
import java.util.List;

/**
 * The national focal points' rating of a round next to the city's own: the national score theme by theme, and the
 * items both sides rated at a level, most divergent first.
 */
public record NationalComparison(AssessmentScore nationalScore, List<Divergence> divergences) {

    /** One item rated by both sides. {@code difference} is national minus local: positive when the state sees more. */
    public record Divergence(String itemId, String themeId, int localLevel, int nationalLevel) {

        public int difference() {
            return nationalLevel - localLevel;
        }
    }
}
