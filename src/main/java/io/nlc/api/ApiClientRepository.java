package io.nlc.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByTokenHash(String tokenHash);

    List<ApiClient> findAllByOrderByCreatedAtDescIdDesc();

    /** Records a use, at most once per {@code before} interval, so that a busy dashboard does not write per call. */
    @Modifying
    @Query("""
            update ApiClient c set c.lastUsedAt = :at
            where c.id = :id and (c.lastUsedAt is null or c.lastUsedAt < :before)""")
    int markUsed(@Param("id") long id, @Param("at") Instant at, @Param("before") Instant before);
}
