package io.nlc.assessment;

import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.TeamMember;
import io.nlc.scoring.AnswerState;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator divides the work: a theme or a single item is assigned to one person of the city's team; an item
 * assignment wins over its theme's. Everyone sees who answers what, and each person their own open items.
 */
@Service
@Transactional
public class AssessmentAssignments {

    private final AssignmentRepository assignments;
    private final AssessmentRepository assessments;
    private final AssessmentService service;
    private final Organisation organisation;
    private final Clock clock;

    AssessmentAssignments(AssignmentRepository assignments, AssessmentRepository assessments,
                          AssessmentService service, Organisation organisation, Optional<Clock> clock) {
        this.assignments = assignments;
        this.assessments = assessments;
        this.service = service;
        this.organisation = organisation;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Assigns a theme or item to a person of the city's team, or clears it with {@code null}; coordinators only. */
    public void assign(long assessmentId, String targetId, @Nullable Long userId) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
        CurrentUser coordinator = organisation.requireCoordinate(assessment.cityId());
        boolean known = service.themesInScope(assessmentId).stream().anyMatch(theme -> theme.id().equals(targetId)
                || theme.items().stream().anyMatch(item -> item.id().equals(targetId)));
        if (!known) {
            throw new InvalidAnswerException("target", "answer.error.item");
        }
        Assignment.Key key = new Assignment.Key(assessmentId, targetId);
        if (userId == null) {
            assignments.deleteById(key);
            return;
        }
        boolean inTeam = organisation.answeringTeam(assessment.cityId()).stream()
                .anyMatch(member -> member.id() == userId);
        if (!inTeam) {
            throw new InvalidAnswerException("assignee", "assignment.error.not-in-team");
        }
        assignments.findById(key).ifPresentOrElse(
                existing -> existing.reassign(userId, coordinator.id(), clock.instant()),
                () -> assignments.save(new Assignment(key, userId, coordinator.id(), clock.instant())));
    }

    /** The people work can be assigned to in this assessment's city. */
    @Transactional(readOnly = true)
    public List<TeamMember> team(long assessmentId) {
        return organisation.answeringTeam(service.overview(assessmentId).city().id());
    }

    /** Who answers each item and theme that has been assigned, by target id (theme or item). */
    @Transactional(readOnly = true)
    public Map<String, TeamMember> assignees(long assessmentId) {
        AssessmentOverview overview = service.overview(assessmentId);
        Map<Long, TeamMember> team = organisation.answeringTeam(overview.city().id()).stream()
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

    /** The person who answers an item: its own assignee, else its theme's. */
    public static @Nullable TeamMember assigneeOf(Item item, Map<String, TeamMember> assignees) {
        TeamMember direct = assignees.get(item.id());
        return direct != null ? direct : assignees.get(item.themeId());
    }

    /** The items of the assessment assigned to the signed-in person that still need an answer. */
    @Transactional(readOnly = true)
    public List<String> myOpenItems(long assessmentId) {
        CurrentUser me = organisation.currentUser();
        Map<String, TeamMember> assignees = assignees(assessmentId);
        Map<String, AnswerView> answers = service.answers(assessmentId);
        return service.themesInScope(assessmentId).stream().map(Theme::items).flatMap(List::stream)
                .filter(item -> {
                    TeamMember assignee = assigneeOf(item, assignees);
                    return assignee != null && assignee.id() == me.id();
                })
                .filter(item -> {
                    AnswerView answer = answers.get(item.id());
                    return answer == null || (answer.draft().state() != AnswerState.LEVEL
                            && answer.draft().state() != AnswerState.NOT_APPLICABLE);
                })
                .map(Item::id).toList();
    }
}
