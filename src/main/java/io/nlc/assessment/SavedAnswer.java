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
        @Nullable Instant updatedAt,
        @Nullable CarryOver carryOver)
        implements ScoredAnswer {

    public SavedAnswer(
            String itemId, AnswerDraft draft, long version, @Nullable String updatedBy, @Nullable Instant updatedAt) {
        this(itemId, draft, version, updatedBy, updatedAt, null);
    }

    /**
     * Where a carried-over answer came from: the previous round and its state and level there; {@code toConfirm}
     * until the team confirms it or changes it, and the justification of a changed level.
     */
    public record CarryOver(
            long fromAssessmentId,
            AnswerState state,
            @Nullable Integer level,
            boolean toConfirm,
            @Nullable String justification) {}

    /** Carried over and not yet confirmed: counts for the scores, but the questionnaire asks for it. */
    public boolean toConfirm() {
        return carryOver != null && carryOver.toConfirm();
    }

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
