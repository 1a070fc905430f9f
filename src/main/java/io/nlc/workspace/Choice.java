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

    AnswerDraft applyTo(AnswerDraft draft) {
        return switch (this) {
            case NOT_APPLICABLE -> draft.withState(AnswerState.NOT_APPLICABLE);
            case DONT_KNOW -> draft.withState(AnswerState.DONT_KNOW);
            default -> draft.withLevel(ordinal());
        };
    }

    static @Nullable Choice of(AnswerDraft draft) {
        return switch (draft.state()) {
            case LEVEL -> draft.level() == null ? null : values()[draft.level()];
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case DONT_KNOW -> DONT_KNOW;
            case UNANSWERED -> null;
        };
    }
}
