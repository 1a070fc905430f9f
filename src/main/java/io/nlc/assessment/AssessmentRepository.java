package io.nlc.assessment;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCityIdInOrderByUpdatedAtDesc(Collection<Long> cityIds);

    List<Assessment> findByCityIdIn(Collection<Long> cityIds);

    /** Many cities' rounds, only the columns needed to pick the round each city shows. */
    @Query("select new io.nlc.assessment.RoundHead(a.id, a.cityId, a.roundLabel, a.status, a.frameworkVersion,"
            + " a.createdAt, a.updatedAt)"
            + " from Assessment a where a.cityId in :cityIds")
    List<RoundHead> findHeadsByCityIdIn(@Param("cityIds") Collection<Long> cityIds);

    /** Rounds with modules and targets in the same query (not one query per round for each), for scoring. */
    @EntityGraph(attributePaths = {"modules", "targets"})
    List<Assessment> findWithSettingsByIdIn(Collection<Long> ids);

    /** Which of these rounds belong to the city: one id-only query. */
    @Query("select a.id from Assessment a where a.cityId = :cityId and a.id in :ids")
    List<Long> findIdsOfCity(@Param("cityId") long cityId, @Param("ids") Collection<Long> ids);

    /** A city's rounds with their modules, so working out each round's items needs no further query. */
    @EntityGraph(attributePaths = "modules")
    List<Assessment> findWithModulesByCityId(long cityId);

    /**
     * The round with its row locked until the transaction ends. Every change of a round (an answer, a target, a
     * workflow step, a resume position) loads it this way first, so changes of one round wait for each other instead
     * of colliding, and each sees the ones committed before it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assessment a where a.id = :id")
    Optional<Assessment> findForChangeById(@Param("id") long id);

    /**
     * Moves the round's last change forward, never back, without bumping its version: an answer is not an edit of
     * the round itself, and must not collide with a target change or a workflow step.
     */
    @Modifying
    @Query("update Assessment a set a.updatedAt = :at where a.id = :id and a.updatedAt < :at")
    int touch(@Param("id") long id, @Param("at") Instant at);

    boolean existsByCityIdAndRoundLabelIgnoreCase(long cityId, String roundLabel);
}
