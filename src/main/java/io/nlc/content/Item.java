package io.nlc.content;

import java.util.List;

/**
 * One question of the framework with its five anchored level descriptors (index 0..4).
 */
public record Item(
        String id,
        String themeId,
        Tier tier,
        double weight,
        List<Integer> goodPractices,
        LocalizedText question,
        LocalizedText guidance,
        List<LocalizedText> levels) {

    public static final int MAX_LEVEL = 4;

    public LocalizedText level(int level) {
        return levels.get(level);
    }
}
