package io.nlc.assessment;

import io.nlc.content.Tier;
import java.util.List;
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

    /**
     * The city's next round as proposed from its latest one ({@code fromAssessmentId}): its tier, the modules and
     * targets that still exist in the newest framework version, and what of the latest round does not come along
     * (themes and answered items that the newest version no longer has, by id).
     */
    public record NextRound(
            long fromAssessmentId,
            String fromRoundLabel,
            NewAssessment proposal,
            List<String> droppedThemes,
            List<String> droppedItems) {

        public NextRound {
            droppedThemes = List.copyOf(droppedThemes);
            droppedItems = List.copyOf(droppedItems);
        }
    }
}
