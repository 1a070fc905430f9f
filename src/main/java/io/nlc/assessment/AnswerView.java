package io.nlc.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved answer, with the version to send back when changing it, and who saved it last. */
public record AnswerView(String itemId, AnswerDraft draft, long version, @Nullable String updatedBy,
                         @Nullable Instant updatedAt) {

    /** Version to send when no answer has been saved for the item yet. */
    public static final long NEW = -1;

    public static AnswerView unanswered(String itemId) {
        return new AnswerView(itemId, AnswerDraft.empty(), NEW, null, null);
    }
}
