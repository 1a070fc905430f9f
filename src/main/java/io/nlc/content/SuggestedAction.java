package io.nlc.content;

import java.util.List;
import java.util.Set;

/** An action the content suggests when one of its items is rated at one of its levels. */
public record SuggestedAction(
        String id, String themeId, List<String> itemIds, Set<Integer> levels, LocalizedText text) {

    public boolean appliesTo(String itemId, int level) {
        return levels.contains(level) && itemIds.contains(itemId);
    }
}
