package io.nlc.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of every change to an assessment, so a listener that records it (the audit
 * trail) commits or fails together with the change itself.
 */
public sealed interface AssessmentChanged {

    long assessmentId();

    long actorId();

    Instant at();

    /**
     * An answer of one perspective was saved: {@code before} is null for the first answer to the item.
     * {@code carriedOver} is set when the change settled an answer carried over from the previous round.
     */
    record AnswerChanged(
            long assessmentId,
            Perspective perspective,
            String itemId,
            @Nullable AnswerDraft before,
            AnswerDraft after,
            long actorId,
            Instant at,
            @Nullable CarriedOver carriedOver)
            implements AssessmentChanged {

        public AnswerChanged(
                long assessmentId,
                Perspective perspective,
                String itemId,
                @Nullable AnswerDraft before,
                AnswerDraft after,
                long actorId,
                Instant at) {
            this(assessmentId, perspective, itemId, before, after, actorId, at, null);
        }
    }

    /**
     * A carried-over answer was confirmed unchanged ({@code justification} null) or its level changed for the
     * given reason.
     */
    record CarriedOver(@Nullable String justification) {}

    record TargetChanged(long assessmentId, String themeId, int before, int after, long actorId, Instant at)
            implements AssessmentChanged {}

    /** A comment thread was started, answered, resolved or reopened; {@code text} is what was written, if anything. */
    record CommentChanged(
            long assessmentId,
            String targetId,
            CommentAction action,
            @Nullable String text,
            long actorId,
            Instant at) implements AssessmentChanged {}

    enum CommentAction {
        STARTED,
        REPLIED,
        RESOLVED,
        REOPENED
    }

    /**
     * The coordinator changed who answers an item or a theme ({@code targetId}); {@code before} and {@code after}
     * are user ids, null for nobody (for an item: whoever answers its theme).
     */
    record AssignmentChanged(
            long assessmentId,
            String targetId,
            @Nullable Long before,
            @Nullable Long after,
            long actorId,
            Instant at) implements AssessmentChanged {}

    /**
     * An action of the city's plan changed; recorded against the round the action came from. For {@code STATUS}
     * {@code before} and {@code after} are status names and {@code reason} why it was dropped; for {@code NOTE}
     * {@code after} is the note; for {@code CREATED} and {@code EDITED} {@code before} and {@code after} are the
     * titles.
     */
    record ActionChanged(
            long assessmentId,
            long actionId,
            String title,
            ActionChange change,
            @Nullable String before,
            @Nullable String after,
            @Nullable String reason,
            long actorId,
            Instant at)
            implements AssessmentChanged {}

    enum ActionChange {
        CREATED,
        EDITED,
        STATUS,
        NOTE
    }

    /** A workflow step; {@code reason} is what the person wrote (required for some steps). */
    record StatusChanged(
            long assessmentId,
            long cityId,
            String roundLabel,
            @Nullable AssessmentStatus before,
            AssessmentStatus after,
            @Nullable String reason,
            long actorId,
            Instant at)
            implements AssessmentChanged {}
}
