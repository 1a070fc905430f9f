package io.nlc.assignment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Assignment.Key> {

    List<Assignment> findByKeyAssessmentId(long assessmentId);

    List<Assignment> findByKeyAssessmentIdIn(Collection<Long> assessmentIds);
}
