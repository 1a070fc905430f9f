package io.nlc.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, Long> {

    List<City> findByHubId(long hubId);

    Optional<City> findByCommuneCode(String communeCode);
}
