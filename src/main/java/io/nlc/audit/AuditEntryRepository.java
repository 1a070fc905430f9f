package io.nlc.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Insert and read only: no update or delete is offered, so the trail stays append-only. Reads leave out national
 * ratings (answer entries noted {@code :national}) unless {@code withNational}: the blind rating is applied in the
 * query, so every filter and the list of people see the same entries.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where e.assessmentId = :assessmentId
              and (:actorId is null or e.actorId = :actorId)
              and (:itemId is null or e.itemId = :itemId)
              and e.changedAt >= :from and e.changedAt < :to
              and (:withNational = true or e.kind <> io.nlc.audit.AuditKind.ANSWER or e.note is null
                   or e.note <> :national)
            order by e.changedAt desc, e.id desc""")
    List<AuditEntry> find(
            @Param("assessmentId") long assessmentId,
            @Param("actorId") @Nullable Long actorId,
            @Param("itemId") @Nullable String itemId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("withNational") boolean withNational,
            @Param("national") String national);

    @Query("""
            select distinct e.actorId from AuditEntry e
            where e.assessmentId = :assessmentId
              and (:withNational = true or e.kind <> io.nlc.audit.AuditKind.ANSWER or e.note is null
                   or e.note <> :national)""")
    List<Long> actors(
            @Param("assessmentId") long assessmentId,
            @Param("withNational") boolean withNational,
            @Param("national") String national);
}
