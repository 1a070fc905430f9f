package io.nlc.assessment;

import io.nlc.scoring.AnswerState;
import org.jspecify.annotations.Nullable;

/** State and level of one answer, read without loading the entity: the hub portfolio scores thousands of rounds. */
record AnswerLevel(
        long assessmentId,
        String itemId,
        AnswerState state,
        @Nullable Integer level) implements ScoredAnswer {}
