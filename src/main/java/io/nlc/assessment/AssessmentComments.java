package io.nlc.assessment;

import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion threads on items and themes between the city team and the hub's advisors. A reply reopens a resolved
 * thread, so nothing said after a resolution goes unseen.
 */
@Service
@Transactional
public class AssessmentComments {

    private final CommentThreadRepository threads;
    private final AssessmentRepository assessments;
    private final AssessmentService service;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentComments(CommentThreadRepository threads, AssessmentRepository assessments, AssessmentService service,
                       Organisation organisation, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.threads = threads;
        this.assessments = assessments;
        this.service = service;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every thread of the assessment, oldest first. */
    @Transactional(readOnly = true)
    public List<ThreadView> threads(long assessmentId) {
        service.overview(assessmentId);
        Map<Long, String> names = new HashMap<>();
        return threads.findByAssessmentIdOrderByCreatedAtAsc(assessmentId).stream()
                .map(thread -> thread.view(id -> names.computeIfAbsent(id, organisation::displayName))).toList();
    }

    /** Starts a thread on an item or theme of the assessment. */
    public long start(long assessmentId, String targetId, String body) {
        CurrentUser user = requireCommenter(assessmentId);
        boolean known = service.themesInScope(assessmentId).stream().anyMatch(theme -> theme.id().equals(targetId)
                || theme.items().stream().anyMatch(item -> item.id().equals(targetId)));
        if (!known) {
            throw new InvalidAnswerException("target", "answer.error.item");
        }
        CommentThread thread = new CommentThread(assessmentId, targetId, clock.instant());
        ThreadMessage message = message(user, body);
        thread.add(message);
        long id = threads.save(thread).view(userId -> "").id();
        publish(thread, AssessmentChanged.CommentAction.STARTED, body.strip(), user);
        return id;
    }

    public void reply(long threadId, String body) {
        CommentThread thread = find(threadId);
        CurrentUser user = requireCommenter(thread.assessmentId());
        thread.add(message(user, body));
        thread.reopen();
        publish(thread, AssessmentChanged.CommentAction.REPLIED, body.strip(), user);
    }

    public void resolve(long threadId, boolean resolved) {
        CommentThread thread = find(threadId);
        CurrentUser user = requireCommenter(thread.assessmentId());
        if (resolved) {
            thread.resolve(user.id(), clock.instant());
        } else {
            thread.reopen();
        }
        publish(thread, resolved ? AssessmentChanged.CommentAction.RESOLVED : AssessmentChanged.CommentAction.REOPENED,
                null, user);
    }

    private void publish(CommentThread thread, AssessmentChanged.CommentAction action, @org.jspecify.annotations.Nullable
            String text, CurrentUser user) {
        events.publishEvent(new AssessmentChanged.CommentChanged(thread.assessmentId(), thread.targetId(), action, text,
                user.id(), clock.instant()));
    }

    private ThreadMessage message(CurrentUser user, String body) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > AnswerDraft.MAX_COMMENT) {
            throw new InvalidAnswerException("comment", text.isEmpty() ? "comment.error.empty"
                    : "answer.error.comment-too-long");
        }
        return new ThreadMessage(user.id(), user.role() == Role.HUB_ADVISOR, text, clock.instant());
    }

    /** Everyone who may see the assessment may discuss it: the city team, the hub's advisors, administrators. */
    private CurrentUser requireCommenter(long assessmentId) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
        return organisation.requireView(assessment.cityId());
    }

    private CommentThread find(long threadId) {
        return threads.findById(threadId).orElseThrow(() -> new InvalidAnswerException("thread", "comment.error.gone"));
    }
}
