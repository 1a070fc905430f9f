package io.nlc.workshop;

import io.nlc.kernel.PlainText;
import io.nlc.scoring.AnswerState;
import org.jspecify.annotations.Nullable;

/** What a rater enters for an item: a level, "not applicable" or "don't know", and an optional comment. */
public record RatingDraft(AnswerState state, @Nullable Integer level, String comment) {

    public static final int MAX_COMMENT = 2000;

    public static RatingDraft level(int level, String comment) {
        return new RatingDraft(AnswerState.LEVEL, level, comment);
    }

    /** The first problem, or null when the rating can be saved. */
    @Nullable
    InvalidRatingException problem() {
        boolean levelShape = state == AnswerState.LEVEL
                ? level != null && level >= 0 && level <= 4
                : level == null && state != AnswerState.UNANSWERED;
        if (!levelShape) {
            return new InvalidRatingException("level", "rating.error.level");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            return new InvalidRatingException("comment", "rating.error.too-long");
        }
        if (!PlainText.isPlain(comment)) {
            return new InvalidRatingException("comment", PlainText.MESSAGE_KEY);
        }
        return null;
    }
}
