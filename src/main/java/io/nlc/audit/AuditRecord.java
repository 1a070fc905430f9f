package io.nlc.audit;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change as the history screen shows it. For answers the drafts are given, for targets the levels, for
 * status changes the statuses; {@code note} is the reason or comment given with a workflow step, for answers the
 * perspective when it is the national one, or for comments what happened to the thread (started, replied, resolved, reopened), whose text is {@code commentText}.
 * For assignments, {@code oldAssignee} and {@code newAssignee} name who answered the item or theme before and
 * after (null: nobody, or for an item whoever answers its theme). For plan actions, {@code note} is the kind of
 * change ({@code CREATED}, {@code EDITED}, {@code STATUS}, {@code NOTE}) and {@code action} what changed.
 * An answer entry noted {@code CARRIED_OVER} settled an answer carried over from the previous round: confirmed
 * unchanged, or changed for the reason in {@code justification}.
 */
public record AuditRecord(
        long id,
        Instant at,
        long actorId,
        String actor,
        AuditKind kind,
        @Nullable String itemId,
        @Nullable AnswerDraft oldAnswer,
        @Nullable AnswerDraft newAnswer,
        @Nullable Integer oldTarget,
        @Nullable Integer newTarget,
        @Nullable AssessmentStatus oldStatus,
        @Nullable AssessmentStatus newStatus,
        @Nullable String note,
        @Nullable String commentText,
        @Nullable String oldAssignee,
        @Nullable String newAssignee,
        @Nullable ActionEntry action,
        @Nullable String justification) {

    /** Every kind but answers that settle a carried-over answer. */
    public AuditRecord(
            long id,
            Instant at,
            long actorId,
            String actor,
            AuditKind kind,
            @Nullable String itemId,
            @Nullable AnswerDraft oldAnswer,
            @Nullable AnswerDraft newAnswer,
            @Nullable Integer oldTarget,
            @Nullable Integer newTarget,
            @Nullable AssessmentStatus oldStatus,
            @Nullable AssessmentStatus newStatus,
            @Nullable String note,
            @Nullable String commentText,
            @Nullable String oldAssignee,
            @Nullable String newAssignee,
            @Nullable ActionEntry action) {
        this(
                id,
                at,
                actorId,
                actor,
                kind,
                itemId,
                oldAnswer,
                newAnswer,
                oldTarget,
                newTarget,
                oldStatus,
                newStatus,
                note,
                commentText,
                oldAssignee,
                newAssignee,
                action,
                null);
    }

    /** Every kind but assignments. */
    public AuditRecord(
            long id,
            Instant at,
            long actorId,
            String actor,
            AuditKind kind,
            @Nullable String itemId,
            @Nullable AnswerDraft oldAnswer,
            @Nullable AnswerDraft newAnswer,
            @Nullable Integer oldTarget,
            @Nullable Integer newTarget,
            @Nullable AssessmentStatus oldStatus,
            @Nullable AssessmentStatus newStatus,
            @Nullable String note,
            @Nullable String commentText) {
        this(
                id,
                at,
                actorId,
                actor,
                kind,
                itemId,
                oldAnswer,
                newAnswer,
                oldTarget,
                newTarget,
                oldStatus,
                newStatus,
                note,
                commentText,
                null,
                null,
                null,
                null);
    }
}
