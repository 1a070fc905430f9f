package io.nlc.assessment;

import io.nlc.content.Tier;
import java.util.Map;
import java.util.Set;

/** What a coordinator fills in to start a round. Targets default to the content's proposal per theme. */
public record NewAssessment(
        long cityId, String roundLabel, Tier tier, Set<String> modules, Map<String, Integer> targets) {

    public static final int MAX_ROUND_LABEL = 80;

    public NewAssessment {
        roundLabel = roundLabel.strip();
        modules = Set.copyOf(modules);
        targets = Map.copyOf(targets);
    }
}
