package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(long assessmentId);

    List<Answer> findByAssessmentIdIn(Collection<Long> assessmentIds);

    /** State and level only, for scoring many rounds at once without loading (and tracking) every entity. */
    @Query("select new io.nlc.assessment.AnswerLevel(a.assessmentId, a.itemId, a.state, a.level)"
            + " from Answer a where a.assessmentId in :ids")
    List<AnswerLevel> findLevelsByAssessmentIdIn(@Param("ids") Collection<Long> assessmentIds);

    Optional<Answer> findByAssessmentIdAndItemId(long assessmentId, String itemId);
}
