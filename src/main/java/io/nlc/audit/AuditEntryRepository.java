package io.nlc.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: no update or delete is offered, so the trail stays append-only. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where e.assessmentId = :assessmentId
              and (:actorId is null or e.actorId = :actorId)
              and (:itemId is null or e.itemId = :itemId)
              and e.changedAt >= :from and e.changedAt < :to
            order by e.changedAt desc, e.id desc""")
    List<AuditEntry> find(@Param("assessmentId") long assessmentId, @Param("actorId") @Nullable Long actorId,
                          @Param("itemId") @Nullable String itemId, @Param("from") Instant from,
                          @Param("to") Instant to);

    @Query("select distinct e.actorId from AuditEntry e where e.assessmentId = :assessmentId")
    List<Long> actors(@Param("assessmentId") long assessmentId);
}
