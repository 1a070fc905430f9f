package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Answers of one perspective at a time, so the national set never leaks into the city's own scores. */
interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentIdAndPerspective(long assessmentId, Perspective perspective);

    List<Answer> findByAssessmentIdInAndPerspective(Collection<Long> assessmentIds, Perspective perspective);

    Optional<Answer> findByAssessmentIdAndPerspectiveAndItemId(long assessmentId, Perspective perspective,
                                                               String itemId);
}
