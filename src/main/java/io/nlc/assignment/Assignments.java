package io.nlc.assignment;

import io.nlc.assessment.AssessmentChanged;
import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.discussion.Discussions;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.TeamMember;
import io.nlc.scoring.AnswerState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator divides the work: a theme or a single item is assigned to one person of the city's team; an item
 * assignment wins over its theme's. Everyone sees who answers what, and each person their own open items.
 */
@Service
@Transactional
public class Assignments {

    private final AssignmentRepository assignments;
    private final AssessmentService service;
    private final Discussions discussions;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assignments(
            AssignmentRepository assignments,
            AssessmentService service,
            Discussions discussions,
            Organisation organisation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.service = service;
        this.discussions = discussions;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns a theme or item to a person of the city's team, or clears it with {@code null}; coordinators only, and
     * only while the round can be answered (a stale screen must not change who answered a submitted round). Every
     * change goes to the audit trail.
     */
    public void assign(long assessmentId, String targetId, @Nullable Long userId) {
        AssessmentRef assessment = service.requireVisible(assessmentId);
        CurrentUser coordinator = organisation.requireCoordinate(assessment.cityId());
        if (!assessment.status().editable()) {
            throw new AssessmentNotEditableException(assessmentId, assessment.status());
        }
        if (!assessment.scope().contains(targetId)) {
            throw new InvalidRoundInputException("target", "answer.error.item");
        }
        Assignment.Key key = new Assignment.Key(assessmentId, targetId);
        Optional<Assignment> existing = assignments.findById(key);
        Long before = existing.map(Assignment::userId).orElse(null);
        if (Objects.equals(before, userId)) {
            return;
        }
        Instant now = clock.instant();
        if (userId == null) {
            assignments.deleteById(key);
        } else {
            boolean inTeam =
                    organisation.answeringTeam(assessment.cityId()).stream().anyMatch(member -> member.id() == userId);
            if (!inTeam) {
                throw new InvalidRoundInputException("assignee", "assignment.error.not-in-team");
            }
            existing.ifPresentOrElse(
                    found -> found.reassign(userId, coordinator.id(), now),
                    () -> assignments.save(new Assignment(key, userId, coordinator.id(), now)));
        }
        events.publishEvent(
                new AssessmentChanged.AssignmentChanged(assessmentId, targetId, before, userId, coordinator.id(), now));
    }

    /** The people work can be assigned to in this assessment's city. */
    @Transactional(readOnly = true)
    public List<TeamMember> team(long assessmentId) {
        return organisation.answeringTeam(service.requireVisible(assessmentId).cityId());
    }

    /** Who answers each item and theme that has been assigned, by target id (theme or item). */
    @Transactional(readOnly = true)
    public Map<String, TeamMember> assignees(long assessmentId) {
        Map<Long, TeamMember> team = organisation
                .answeringTeam(service.requireVisible(assessmentId).cityId())
                .stream()
                .collect(Collectors.toMap(TeamMember::id, Function.identity()));
        Map<String, TeamMember> result = new LinkedHashMap<>();
        for (Assignment assignment : assignments.findByKeyAssessmentId(assessmentId)) {
            TeamMember member = team.get(assignment.userId());
            if (member != null) {
                result.put(assignment.key().targetId(), member);
            }
        }
        return result;
    }

    /** The person who answers an item: its own assignee, else its theme's (assignees by target id). */
    public static <T> @Nullable T assigneeOf(Item item, Map<String, T> assignees) {
        T direct = assignees.get(item.id());
        return direct != null ? direct : assignees.get(item.themeId());
    }

    /** The items of the assessment assigned to the signed-in person that still need an answer. */
    @Transactional(readOnly = true)
    public List<String> myOpenItems(long assessmentId) {
        CurrentUser me = organisation.currentUser();
        Map<String, TeamMember> assignees = assignees(assessmentId);
        Map<String, SavedAnswer> answers = service.answers(assessmentId);
        return service.themesInScope(assessmentId).stream()
                .map(Theme::items)
                .flatMap(List::stream)
                .filter(item -> {
                    TeamMember assignee = assigneeOf(item, assignees);
                    return assignee != null && assignee.id() == me.id();
                })
                .filter(item -> {
                    SavedAnswer answer = answers.get(item.id());
                    return answer == null
                            || (answer.draft().state() != AnswerState.LEVEL
                                    && answer.draft().state() != AnswerState.NOT_APPLICABLE);
                })
                .map(Item::id)
                .toList();
    }

    /**
     * Every item assigned to the signed-in person in the rounds of their city: rounds that can be answered first
     * (most recently changed first), then read-only ones; items in questionnaire order. With {@code openOnly},
     * only the items of answerable rounds that still need an answer. People outside a city team get nothing.
     * One query each for the rounds, their assignments, their answers and their open comment threads.
     */
    @Transactional(readOnly = true)
    public List<AssignedItem> myItems(boolean openOnly) {
        CurrentUser me = organisation.currentUser();
        Long cityId = me.cityId();
        if (!me.role().cityRole() || cityId == null) {
            return List.of();
        }
        List<AssessmentRef> rounds = service.cityAssessments(cityId).stream()
                .filter(round -> !openOnly || round.status().editable())
                .sorted(Comparator.comparing(
                                (AssessmentRef round) -> !round.status().editable())
                        .thenComparing(AssessmentRef::updatedAt, Comparator.reverseOrder()))
                .toList();
        if (rounds.isEmpty()) {
            return List.of();
        }
        // Someone no longer in the answering team (deactivated) answers nothing, so their items fall back to the
        // theme's assignee, as the questionnaire and the home page count show them.
        Set<Long> team =
                organisation.answeringTeam(cityId).stream().map(TeamMember::id).collect(Collectors.toSet());
        Map<Long, Map<String, Long>> assigned = new HashMap<>();
        for (Assignment assignment : assignments.findByKeyAssessmentIdIn(
                rounds.stream().map(AssessmentRef::id).toList())) {
            if (!team.contains(assignment.userId())) {
                continue;
            }
            assigned.computeIfAbsent(assignment.key().assessmentId(), id -> new HashMap<>())
                    .put(assignment.key().targetId(), assignment.userId());
        }
        // Only rounds where something is assigned to me need their answers and comments.
        List<AssessmentRef> mine = rounds.stream()
                .filter(round -> assigned.getOrDefault(round.id(), Map.of()).containsValue(me.id()))
                .toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> mineIds = mine.stream().map(AssessmentRef::id).toList();
        // The city's own answers only: a national rating never answers an item, and the team rates blind.
        Map<Long, Map<String, SavedAnswer>> answered = service.cityAnswers(cityId, mineIds);
        Map<Long, Map<String, Integer>> openThreads = discussions.openThreadCounts(cityId, mineIds);
        List<AssignedItem> result = new ArrayList<>();
        for (AssessmentRef round : mine) {
            Map<String, Long> roundAssigned = assigned.get(round.id());
            Map<String, SavedAnswer> roundAnswers = answered.getOrDefault(round.id(), Map.of());
            Map<String, Integer> roundThreads = openThreads.getOrDefault(round.id(), Map.of());
            for (Theme theme : round.scope().themes()) {
                for (Item item : theme.items()) {
                    Long assignee = assigneeOf(item, roundAssigned);
                    if (assignee == null || assignee != me.id()) {
                        continue;
                    }
                    SavedAnswer answer = roundAnswers.get(item.id());
                    boolean direct = roundAssigned.containsKey(item.id());
                    AssignedItem row = new AssignedItem(
                            round.id(),
                            round.roundLabel(),
                            round.status(),
                            round.status().editable(),
                            theme.id(),
                            theme.name(),
                            item,
                            direct,
                            answer == null ? AnswerState.UNANSWERED : answer.state(),
                            answer == null ? null : answer.level(),
                            answer == null ? null : answer.updatedBy(),
                            answer == null ? null : answer.updatedAt(),
                            roundThreads.getOrDefault(item.id(), 0));
                    if (!openOnly || row.open()) {
                        result.add(row);
                    }
                }
            }
        }
        return result;
    }
}
