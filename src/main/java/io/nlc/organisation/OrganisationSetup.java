package io.nlc.organisation;

import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates hubs, cities and users without access checks or validation, finding existing ones by code. Used by
 * the demo data and tests; administrators use {@link OrganisationAdministration} and {@link UserAdministration}.
 */
@NamedInterface("setup")
@Service
@Transactional
public class OrganisationSetup {

    private final HubRepository hubs;
    private final CityRepository cities;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    OrganisationSetup(
            HubRepository hubs, CityRepository cities, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.hubs = hubs;
        this.cities = cities;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public long hub(String code, LocalizedText name) {
        return hubs.findByCode(code)
                .orElseGet(() -> hubs.save(new Hub(code, name.en(), name.fr(), name.ar())))
                .id();
    }

    public long city(String communeCode, CityDetails details) {
        long hubId = Objects.requireNonNull(details.hubId(), "hubId");
        return cities.findByCommuneCode(communeCode)
                .orElseGet(() -> cities.save(new City(hubId, communeCode, details)))
                .view()
                .id();
    }

    public long user(
            String username,
            String password,
            String displayName,
            Role role,
            @Nullable Long cityId,
            @Nullable Long hubId,
            Language language) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(new AppUser(
                        username, passwordEncoder.encode(password), displayName, role, cityId, hubId, language)))
                .view()
                .id();
    }

    /** A national focal point who rates the given cities. */
    public long focalPoint(String username, String password, String displayName, Set<Long> cityIds, Language language) {
        long id = user(username, password, displayName, Role.NATIONAL_FOCAL_POINT, null, null, language);
        users.findById(id).orElseThrow().linkCities(cityIds);
        return id;
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }
}
