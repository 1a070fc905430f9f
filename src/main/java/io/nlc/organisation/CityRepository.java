package io.nlc.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityRepository extends JpaRepository<City, Long> {

    List<City> findByHubId(long hubId);

    Optional<City> findByCommuneCode(String communeCode);

    boolean existsByCommuneCodeIgnoreCase(String communeCode);

    /** Pairs of hub id and its number of cities, for hubs that have any. */
    @Query("select c.hubId, count(c) from City c group by c.hubId")
    List<Object[]> countByHub();

    /** Every city's names, province and region, which a password must not be made of. */
    @Query("select c.nameEn, c.nameFr, c.nameAr, c.province, c.provinceAr, c.region, c.regionAr from City c")
    List<Object[]> placeNames();
}
