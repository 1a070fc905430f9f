package io.nlc.contentpack;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentPackRepository extends JpaRepository<ContentPack, Long> {

    Optional<ContentPack> findByVersion(int version);

    boolean existsByVersion(int version);

    List<ContentPack> findAllByOrderByVersion();

    List<ContentPack> findByActivatedAtIsNotNullOrderByVersion();

    @Query("select coalesce(max(p.version), 0) from ContentPack p where p.activatedAt is not null")
    int newestActivated();
}
