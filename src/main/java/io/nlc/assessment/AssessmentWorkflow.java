package io.nlc.assessment;

import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: draft -> submitted (by the coordinator; editing locked) -> in review (an advisor opens it)
 * -> returned with comments (editing unlocked; resubmitted later) or validated (read-only for good). Every step
 * keeps who, when and why, and is published for the audit trail.
 */
@Service
@Transactional
public class AssessmentWorkflow {

    private final AssessmentRepository assessments;
    private final AssessmentService service;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentWorkflow(
            AssessmentRepository assessments,
            AssessmentService service,
            Organisation organisation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.service = service;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** The coordinator sends the round to the hub; below full completeness a reason is required. */
    public void submit(long assessmentId, @Nullable String reason) {
        Assessment assessment = find(assessmentId);
        CurrentUser user = organisation.requireCoordinate(assessment.cityId());
        require(
                assessment,
                Set.of(AssessmentStatus.DRAFT, AssessmentStatus.RETURNED),
                "submit",
                "workflow.error.not-editable");
        String note = clean(reason);
        if (service.score(assessmentId).completeness() < 1.0 && note == null) {
            throw new InvalidRoundInputException("reason", "workflow.error.reason-required");
        }
        move(assessment, AssessmentStatus.SUBMITTED, note, user);
    }

    /** An advisor of the hub (or an administrator) takes up a submitted round. */
    public void startReview(long assessmentId) {
        Assessment assessment = find(assessmentId);
        CurrentUser user = organisation.requireReview(assessment.cityId());
        require(assessment, Set.of(AssessmentStatus.SUBMITTED), "review", "workflow.error.not-submitted");
        move(assessment, AssessmentStatus.IN_REVIEW, null, user);
    }

    /** The advisor sends the round back to the city with a comment; the city can edit again. */
    public void returnToCity(long assessmentId, @Nullable String comment) {
        Assessment assessment = find(assessmentId);
        CurrentUser user = organisation.requireReview(assessment.cityId());
        require(
                assessment,
                Set.of(AssessmentStatus.SUBMITTED, AssessmentStatus.IN_REVIEW),
                "return",
                "workflow.error.not-in-review");
        String note = clean(comment);
        if (note == null) {
            throw new InvalidRoundInputException("reason", "workflow.error.comment-required");
        }
        move(assessment, AssessmentStatus.RETURNED, note, user);
    }

    /** The advisor validates the round; it stays read-only from then on. */
    public void validate(long assessmentId, @Nullable String note) {
        Assessment assessment = find(assessmentId);
        CurrentUser user = organisation.requireReview(assessment.cityId());
        require(
                assessment,
                Set.of(AssessmentStatus.SUBMITTED, AssessmentStatus.IN_REVIEW),
                "validate",
                "workflow.error.not-in-review");
        move(assessment, AssessmentStatus.VALIDATED, clean(note), user);
    }

    private void move(Assessment assessment, AssessmentStatus next, @Nullable String note, CurrentUser user) {
        AssessmentStatus before = assessment.status();
        Instant now = assessment.nextChangeAt(clock.instant());
        assessment.changeStatus(next, note, user.id(), now);
        events.publishEvent(new AssessmentChanged.StatusChanged(
                assessment.id(), assessment.cityId(), assessment.roundLabel(), before, next, note, user.id(), now));
    }

    private static void require(Assessment assessment, Set<AssessmentStatus> allowed, String step, String key) {
        if (!allowed.contains(assessment.status())) {
            throw new IllegalTransitionException(assessment.status(), step, key);
        }
    }

    private static @Nullable String clean(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > AnswerDraft.MAX_COMMENT) {
            throw new InvalidRoundInputException("reason", "answer.error.comment-too-long");
        }
        return stripped;
    }

    /** Locked: a workflow step waits for saves in progress, and saves after it see the new status. */
    private Assessment find(long assessmentId) {
        return assessments
                .findForChangeById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
    }
}
