package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
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

    /** A city's rounds with their modules, so working out each round's items needs no further query. */
    @EntityGraph(attributePaths = "modules")
    List<Assessment> findWithModulesByCityId(long cityId);

    boolean existsByCityIdAndRoundLabelIgnoreCase(long cityId, String roundLabel);
}
