package io.nlc.audit;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assignment.Assignments;
import io.nlc.organisation.TeamMember;
import io.nlc.testsupport.RoundTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who answers what (review finding W6): fixed once the round is with the hub or validated, and every change in the
 * audit trail. On every database (H2 and PostgreSQL subclasses).
 */
abstract class AssignmentAuditTests extends RoundTest {

    @Autowired
    Assignments assignments;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    AuditTrail audit;

    long member;
    long secondMember;
    String item;

    @BeforeEach
    void teamAndItem() {
        signIn(world.coordinatorA1);
        member = idOf(world.memberA1);
        secondMember = idOf(world.secondMemberA1);
        item = roundItems.getFirst().id();
    }

    @Test
    void whoAnswersCannotChangeWhileTheRoundIsWithTheHubOrValidated() {
        assignments.assign(round, "T1", member);
        assignments.assign(round, item, secondMember);
        workflow.submit(round, "Core scan done in one workshop");
        assertLocked();

        signIn(world.advisorA);
        workflow.startReview(round);
        signIn(world.coordinatorA1);
        assertLocked();

        signIn(world.advisorA);
        workflow.returnToCity(round, "Please add evidence");
        signIn(world.coordinatorA1);
        assignments.assign(round, item, member);
        assertThat(assignments.assignees(round).get(item).id())
                .as("a returned round is editable")
                .isEqualTo(member);
        workflow.submit(round, "Evidence added");
        signIn(world.advisorA);
        workflow.startReview(round);
        workflow.validate(round, "Good");
        signIn(world.coordinatorA1);
        assertThatThrownBy(() -> assignments.assign(round, item, secondMember))
                .isInstanceOf(AssessmentNotEditableException.class);
        assertThat(assignments.assignees(round))
                .extractingByKey(item)
                .extracting(TeamMember::id)
                .isEqualTo(member);
    }

    @Test
    void everyAssignmentChangeIsRecordedWithBeforeAfterWhoAndWhen() {
        Instant start = Instant.now();
        assignments.assign(round, "T1", member);
        assignments.assign(round, "T1", secondMember);
        assignments.assign(round, item, member);
        assignments.assign(round, item, member); // no change, no entry
        assignments.assign(round, item, null);
        assignments.assign(round, "T2", null); // nobody before either

        List<AuditRecord> changes = audit.entries(round, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.ASSIGNMENT)
                .toList()
                .reversed();
        String first = "Name of " + world.memberA1;
        String second = "Name of " + world.secondMemberA1;
        assertThat(changes)
                .extracting(AuditRecord::itemId, AuditRecord::oldAssignee, AuditRecord::newAssignee)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T1", null, first),
                        org.assertj.core.groups.Tuple.tuple("T1", first, second),
                        org.assertj.core.groups.Tuple.tuple(item, null, first),
                        org.assertj.core.groups.Tuple.tuple(item, first, null));
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.actor()).isEqualTo("Name of " + world.coordinatorA1);
            assertThat(change.at()).isAfterOrEqualTo(start.minusSeconds(1)).isBeforeOrEqualTo(Instant.now());
        });
        assertThat(audit.entries(round, new AuditFilter(null, item, null, null)))
                .filteredOn(entry -> entry.kind() == AuditKind.ASSIGNMENT)
                .hasSize(2);

        workflow.submit(round, "Pilot");
        assertThatThrownBy(() -> assignments.assign(round, "T1", member))
                .isInstanceOf(AssessmentNotEditableException.class);
        assertThat(audit.entries(round, AuditFilter.all()))
                .filteredOn(entry -> entry.kind() == AuditKind.ASSIGNMENT)
                .as("a refused change leaves no trace")
                .hasSize(4);
    }

    private void assertLocked() {
        Map<String, TeamMember> before = assignments.assignees(round);
        assertThatThrownBy(() -> assignments.assign(round, item, member))
                .isInstanceOf(AssessmentNotEditableException.class);
        assertThatThrownBy(() -> assignments.assign(round, "T1", secondMember))
                .isInstanceOf(AssessmentNotEditableException.class);
        assertThatThrownBy(() -> assignments.assign(round, item, null))
                .isInstanceOf(AssessmentNotEditableException.class);
        assertThat(assignments.assignees(round)).isEqualTo(before);
    }

    private long idOf(String username) {
        return assignments.team(round).stream()
                .filter(person -> person.displayName().equals("Name of " + username))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
