package io.nlc.audit;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentChanged;
import io.nlc.assessment.Perspective;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every assessment change to the trail synchronously, inside the change's own transaction: a change that
 * commits is always in the trail, and a trail entry never exists without its change.
 */
@Component
class AuditRecorder {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The note of an answer entry that records a national rating. */
    static final String NATIONAL = Perspective.NATIONAL.name();
    /** The note of an answer entry that confirmed or changed an answer carried over from the previous round. */
    static final String CARRIED_OVER = "CARRIED_OVER";

    private final AuditEntryRepository entries;

    AuditRecorder(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(AssessmentChanged change) {
        AuditEntry entry = switch (change) {
            case AssessmentChanged.AnswerChanged answer
            when answer.carriedOver() != null ->
                new AuditEntry(
                        answer.assessmentId(),
                        answer.itemId(),
                        answer.actorId(),
                        answer.at(),
                        json(answer.before()),
                        JSON.writeValueAsString(answer.after()),
                        answer.carriedOver().justification());
            // The note marks national ratings, so the trail tells them apart from the city's own answers.
            case AssessmentChanged.AnswerChanged answer ->
                new AuditEntry(
                        answer.assessmentId(),
                        answer.itemId(),
                        AuditKind.ANSWER,
                        answer.actorId(),
                        answer.at(),
                        json(answer.before()),
                        json(answer.after()),
                        answer.perspective() == Perspective.NATIONAL ? NATIONAL : null);
            case AssessmentChanged.TargetChanged target ->
                new AuditEntry(
                        target.assessmentId(),
                        target.themeId(),
                        AuditKind.TARGET,
                        target.actorId(),
                        target.at(),
                        String.valueOf(target.before()),
                        String.valueOf(target.after()),
                        null);
            case AssessmentChanged.CommentChanged comment ->
                new AuditEntry(
                        comment.assessmentId(),
                        comment.targetId(),
                        AuditKind.COMMENT,
                        comment.actorId(),
                        comment.at(),
                        null,
                        comment.text(),
                        comment.action().name());
            // Who answered before and after, as user ids (null: nobody, or for an item its theme's assignee).
            case AssessmentChanged.AssignmentChanged assignment ->
                new AuditEntry(
                        assignment.assessmentId(),
                        assignment.targetId(),
                        AuditKind.ASSIGNMENT,
                        assignment.actorId(),
                        assignment.at(),
                        id(assignment.before()),
                        id(assignment.after()),
                        null);
            // Against the round the action came from; the whole change as JSON, its kind in the note.
            case AssessmentChanged.ActionChanged action ->
                new AuditEntry(
                        action.assessmentId(),
                        null,
                        AuditKind.ACTION,
                        action.actorId(),
                        action.at(),
                        null,
                        JSON.writeValueAsString(new ActionEntry(
                                action.actionId(), action.title(), action.before(), action.after(), action.reason())),
                        action.change().name());
            case AssessmentChanged.StatusChanged status ->
                new AuditEntry(
                        status.assessmentId(),
                        null,
                        AuditKind.STATUS,
                        status.actorId(),
                        status.at(),
                        status.before() == null ? null : status.before().name(),
                        status.after().name(),
                        status.reason());
        };
        entries.save(entry);
    }

    private static @Nullable String id(@Nullable Long userId) {
        return userId == null ? null : userId.toString();
    }

    private static @Nullable String json(@Nullable AnswerDraft draft) {
        return draft == null ? null : JSON.writeValueAsString(draft);
    }
}
