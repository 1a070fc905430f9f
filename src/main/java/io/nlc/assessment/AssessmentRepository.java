package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCityIdInOrderByUpdatedAtDesc(Collection<Long> cityIds);

    List<Assessment> findByCityIdIn(Collection<Long> cityIds);

    /** Many cities' rounds with modules and targets in the same query (not one query per round for each). */
    @EntityGraph(attributePaths = {"modules", "targets"})
    List<Assessment> findWithSettingsByCityIdIn(Collection<Long> cityIds);

    /** A city's rounds with their modules, so working out each round's items needs no further query. */
    @EntityGraph(attributePaths = "modules")
    List<Assessment> findWithModulesByCityId(long cityId);

    boolean existsByCityIdAndRoundLabelIgnoreCase(long cityId, String roundLabel);
}
