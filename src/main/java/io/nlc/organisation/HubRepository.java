package io.nlc.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HubRepository extends JpaRepository<Hub, Long> {

    Optional<Hub> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    /** Every hub's code and names, which a password must not be made of. */
    @Query("select h.code, h.nameEn, h.nameFr, h.nameAr from Hub h")
    List<Object[]> placeNames();
}
