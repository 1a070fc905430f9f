package io.nlc.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HubRepository extends JpaRepository<Hub, Long> {

    Optional<Hub> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);
}
