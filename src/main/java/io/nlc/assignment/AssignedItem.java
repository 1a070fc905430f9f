package io.nlc.assignment;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.content.Item;
import io.nlc.content.LocalizedText;
import io.nlc.scoring.AnswerState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item a person answers in one round, assigned to them directly or through its theme, with where its answer
 * stands. {@code editable} is false for rounds under review or validated: the item can be read but not answered.
 *
 * @param direct       true when the item itself is assigned, false when it comes with its theme
 * @param openComments comment threads on the item that nobody has marked resolved
 */
public record AssignedItem(
        long assessmentId,
        String roundLabel,
        AssessmentStatus status,
        boolean editable,
        String themeId,
        LocalizedText themeName,
        Item item,
        boolean direct,
        AnswerState state,
        @Nullable Integer level,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        int openComments) {

    /** Still needs an answer: unanswered or "don't know" (as on the home page and in completeness). */
    public boolean open() {
        return state != AnswerState.LEVEL && state != AnswerState.NOT_APPLICABLE;
    }
}
