package io.nlc.scoring;

import java.util.List;

/**
 * One theme in scope of an assessment: its weight, whether it counts in the overall index (core themes do,
 * optional topic modules do not, so cities stay comparable), the target level and the item answers.
 */
public record ThemeInput(String themeId, double weight, boolean countsInIndex, int target, List<ItemAnswer> items) {

    public ThemeInput {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be > 0: " + themeId);
        }
        if (target < 0 || target > 4) {
            throw new IllegalArgumentException("target must be 0..4: " + themeId);
        }
        items = List.copyOf(items);
    }
}
