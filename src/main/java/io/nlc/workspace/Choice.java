package io.nlc.workspace;

import io.nlc.assessment.AnswerDraft;
import io.nlc.scoring.AnswerState;
import org.jspecify.annotations.Nullable;

/** The options of one item's radio group: the five levels, then "not applicable" and "don't know". */
enum Choice {
    L0,
    L1,
    L2,
    L3,
    L4,
    NOT_APPLICABLE,
    DONT_KNOW;

    @Nullable
    Integer level() {
        return ordinal() <= 4 ? ordinal() : null;
    }

    AnswerState state() {
        return switch (this) {
            case NOT_APPLICABLE -> AnswerState.NOT_APPLICABLE;
            case DONT_KNOW -> AnswerState.DONT_KNOW;
            default -> AnswerState.LEVEL;
        };
    }

    AnswerDraft applyTo(AnswerDraft draft) {
        Integer level = level();
        return level == null ? draft.withState(state()) : draft.withLevel(level);
    }

    static @Nullable Choice of(AnswerDraft draft) {
        return of(draft.state(), draft.level());
    }

    /** The option for a saved state and level: an answer's or a rating's; none for an unanswered one. */
    static @Nullable Choice of(AnswerState state, @Nullable Integer level) {
        return switch (state) {
            case LEVEL -> level == null ? null : values()[level];
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case DONT_KNOW -> DONT_KNOW;
            case UNANSWERED -> null;
        };
    }
}
