package io.nlc.assessment;

import io.nlc.scoring.AnswerState;
import org.jspecify.annotations.Nullable;

/** What scoring needs of an answer: a stored {@link Answer}, or an {@link AnswerLevel} read in bulk. */
public interface ScoredAnswer {

    AnswerState state();

    @Nullable
    Integer level();
}
