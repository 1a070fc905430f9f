package io.nlc.assessment;

import io.nlc.scoring.AnswerState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved answer, with the version to send back when changing it, and who saved it last. */
public record SavedAnswer(
        String itemId,
        AnswerDraft draft,
        long version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) implements ScoredAnswer {

    @Override
    public AnswerState state() {
        return draft.state();
    }

    @Override
    public @Nullable Integer level() {
        return draft.level();
    }

    /** Version to send when no answer has been saved for the item yet. */
    public static final long NEW = -1;

    public static SavedAnswer unanswered(String itemId) {
        return new SavedAnswer(itemId, AnswerDraft.empty(), NEW, null, null);
    }
}
