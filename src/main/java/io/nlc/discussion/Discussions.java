package io.nlc.discussion;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentChanged;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion threads on items and themes between the city team and the hub's advisors. A reply reopens a resolved
 * thread, so nothing said after a resolution goes unseen.
 */
@Service
@Transactional
public class Discussions {

    private final CommentThreadRepository threads;
    private final AssessmentService service;
    private final Organisation organisation;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Discussions(
            CommentThreadRepository threads,
            AssessmentService service,
            Organisation organisation,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.service = service;
        this.organisation = organisation;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Open threads by assessment and item or theme, for assessments of one city the signed-in user may see (ids of
     * other cities' assessments count nothing): one query for many rounds.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Integer>> openThreadCounts(long cityId, Collection<Long> assessmentIds) {
        Set<Long> ofCity = service.roundsOfCity(cityId, assessmentIds);
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        if (ofCity.isEmpty()) {
            return counts;
        }
        for (CommentThread thread : threads.findByAssessmentIdInAndResolvedAtIsNull(ofCity)) {
            counts.computeIfAbsent(thread.assessmentId(), id -> new HashMap<>())
                    .merge(thread.targetId(), 1, Integer::sum);
        }
        return counts;
    }

    /** Every thread of the assessment, oldest first. */
    @Transactional(readOnly = true)
    public List<Discussion> threads(long assessmentId) {
        service.requireVisible(assessmentId);
        Map<Long, String> names = new HashMap<>();
        return threads.findByAssessmentIdOrderByCreatedAtAsc(assessmentId).stream()
                .map(thread -> thread.view(id -> names.computeIfAbsent(id, directory::displayName)))
                .toList();
    }

    /**
     * A thread of an imported archive: its messages, oldest first, each by a user id of this installation where
     * the archive's name matched one (else null with the name kept), and whether it was resolved.
     */
    public record ThreadImport(String targetId, boolean open, List<MessageImport> messages) {}

    public record MessageImport(
            @Nullable Long authorId, String authorName, boolean byAdvisor, String body, Instant at) {}

    /**
     * Recreates an imported round's threads as they were; administrators only. No event: the archive brings its
     * own history. A resolved thread is recorded as resolved by the importing administrator at its last message.
     */
    public void importThreads(long assessmentId, List<ThreadImport> imported) {
        long importer = organisation.requireAdministrator().id();
        var scope = service.scope(assessmentId);
        for (ThreadImport thread : imported) {
            if (!scope.contains(thread.targetId()) || thread.messages().isEmpty()) {
                throw new InvalidRoundInputException("target", "answer.error.item");
            }
            CommentThread created = new CommentThread(
                    assessmentId,
                    thread.targetId(),
                    thread.messages().getFirst().at());
            for (MessageImport message : thread.messages()) {
                String body = message.body().strip();
                if (body.isEmpty() || body.length() > AnswerDraft.MAX_COMMENT) {
                    throw new InvalidRoundInputException("comment", "answer.error.comment-too-long");
                }
                created.add(
                        message.authorId() == null
                                ? ThreadMessage.restored(
                                        importer, message.authorName(), message.byAdvisor(), body, message.at())
                                : new ThreadMessage(message.authorId(), message.byAdvisor(), body, message.at()));
            }
            if (!thread.open()) {
                created.resolve(importer, thread.messages().getLast().at());
            }
            threads.save(created);
        }
    }

    /** Starts a thread on an item or theme of the assessment. */
    public long start(long assessmentId, String targetId, String body) {
        CurrentUser user = requireCommenter(assessmentId);
        if (!service.scope(assessmentId).contains(targetId)) {
            throw new InvalidRoundInputException("target", "answer.error.item");
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
        publish(
                thread,
                resolved ? AssessmentChanged.CommentAction.RESOLVED : AssessmentChanged.CommentAction.REOPENED,
                null,
                user);
    }

    private void publish(
            CommentThread thread,
            AssessmentChanged.CommentAction action,
            @org.jspecify.annotations.Nullable String text,
            CurrentUser user) {
        events.publishEvent(new AssessmentChanged.CommentChanged(
                thread.assessmentId(), thread.targetId(), action, text, user.id(), clock.instant()));
    }

    private ThreadMessage message(CurrentUser user, String body) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > AnswerDraft.MAX_COMMENT) {
            throw new InvalidRoundInputException(
                    "comment", text.isEmpty() ? "comment.error.empty" : "answer.error.comment-too-long");
        }
        return new ThreadMessage(user.id(), user.role() == Role.HUB_ADVISOR, text, clock.instant());
    }

    /** Everyone who may see the assessment may discuss it: the city team, the hub's advisors, administrators. */
    private CurrentUser requireCommenter(long assessmentId) {
        service.requireVisible(assessmentId);
        return organisation.currentUser();
    }

    private CommentThread find(long threadId) {
        return threads.findById(threadId)
                .orElseThrow(() -> new InvalidRoundInputException("thread", "comment.error.gone"));
    }
}
