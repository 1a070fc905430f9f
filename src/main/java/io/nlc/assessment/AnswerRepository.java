package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(long assessmentId);

    List<Answer> findByAssessmentIdIn(Collection<Long> assessmentIds);

    Optional<Answer> findByAssessmentIdAndItemId(long assessmentId, String itemId);
}
