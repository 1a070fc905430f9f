package io.nlc.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    @EntityGraph(attributePaths = {"targets", "origin"})
    List<PlanAction> findByCityIdOrderByIdAsc(long cityId);

    @EntityGraph(attributePaths = {"targets", "origin"})
    List<PlanAction> findByCityIdAndOwnerUserId(long cityId, long ownerUserId);

    List<PlanAction> findByCityIdIn(Collection<Long> cityIds);
}
