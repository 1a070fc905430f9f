package io.nlc.scoring;

import org.jspecify.annotations.Nullable;

/** One item's answer as scoring sees it: its weight from the content and the state (and level) chosen. */
public record ItemAnswer(
        String itemId,
        double weight,
        AnswerState state,
        @Nullable Integer level) {

    public ItemAnswer {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be > 0: " + itemId);
        }
        if ((state == AnswerState.LEVEL) != (level != null)) {
            throw new IllegalArgumentException("a level is given exactly when the state is LEVEL: " + itemId);
        }
        if (level != null && (level < 0 || level > 4)) {
            throw new IllegalArgumentException("level must be 0..4: " + itemId);
        }
    }

    public static ItemAnswer level(String itemId, double weight, int level) {
        return new ItemAnswer(itemId, weight, AnswerState.LEVEL, level);
    }

    public static ItemAnswer of(String itemId, double weight, AnswerState state) {
        return new ItemAnswer(itemId, weight, state, null);
    }
}
