package io.nlc.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u.id from AppUser u where u.enabled = true and u.cityId = :cityId and u.role in :roles")
    List<Long> cityUsers(@Param("cityId") long cityId, @Param("roles") Collection<Role> roles);

    @Query("select u.id from AppUser u where u.enabled = true and u.hubId = :hubId and u.role = :role")
    List<Long> hubUsers(@Param("hubId") long hubId, @Param("role") Role role);

    @Query("select u.id from AppUser u join u.focalCities city where u.enabled = true and city = :cityId"
            + " and u.role = io.nlc.organisation.Role.NATIONAL_FOCAL_POINT")
    List<Long> focalPoints(@Param("cityId") long cityId);
}
