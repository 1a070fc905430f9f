package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Answers of one perspective at a time, so the national set never leaks into the city's own scores. */
interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentIdAndPerspective(long assessmentId, Perspective perspective);

    List<Answer> findByAssessmentIdInAndPerspective(Collection<Long> assessmentIds, Perspective perspective);

    /** State and level only, for scoring many rounds at once without loading (and tracking) every entity. */
    @Query("select new io.nlc.assessment.AnswerLevel(a.assessmentId, a.itemId, a.state, a.level)"
            + " from Answer a where a.assessmentId in :ids and a.perspective = :perspective")
    List<AnswerLevel> findLevelsByAssessmentIdIn(
            @Param("ids") Collection<Long> assessmentIds, @Param("perspective") Perspective perspective);

    /** Answers of some of a city's assessments; ids of other cities' assessments match nothing. */
    @Query("select a from Answer a where a.perspective = :perspective and a.assessmentId in"
            + " (select r.id from Assessment r where r.cityId = :cityId and r.id in :ids)")
    List<Answer> findOfCity(
            @Param("cityId") long cityId,
            @Param("ids") Collection<Long> assessmentIds,
            @Param("perspective") Perspective perspective);

    Optional<Answer> findByAssessmentIdAndPerspectiveAndItemId(
            long assessmentId, Perspective perspective, String itemId);
}
