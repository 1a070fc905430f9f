package io.nlc.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups the system makes on its own behalf, without checking who is signed in: whom to notify, whose name to
 * write next to a saved answer, which cities feed anonymous peer figures. A named interface of its own, so that
 * services may use it and screens cannot; callers must never show per-city data obtained here.
 */
@NamedInterface("directory")
@Service
@Transactional(readOnly = true)
public class Directory {

    private final AppUserRepository users;
    private final CityRepository cities;

    Directory(AppUserRepository users, CityRepository cities) {
        this.users = users;
        this.cities = cities;
    }

    /** The other cities of the same hub that consented to peer figures, for anonymous medians only. */
    public List<Long> consentingPeers(long cityId) {
        return cities.findById(cityId)
                .map(city -> cities.findByHubId(city.hubId()).stream()
                        .filter(peer -> peer.peerConsent() && peer.view().id() != cityId)
                        .map(peer -> peer.view().id())
                        .toList())
                .orElse(List.of());
    }

    /** The city's members and coordinators. */
    public List<Long> teamOf(long cityId) {
        return users.cityUsers(cityId, List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR));
    }

    public List<Long> coordinatorsOf(long cityId) {
        return users.cityUsers(cityId, List.of(Role.CITY_COORDINATOR));
    }

    /** The advisors of the hub a city belongs to. */
    public List<Long> advisorsOf(long cityId) {
        return cities.findById(cityId)
                .map(city -> users.hubUsers(city.hubId(), Role.HUB_ADVISOR))
                .orElse(List.of());
    }

    /** The national focal points who rate a city. */
    public List<Long> focalPointsOf(long cityId) {
        return users.focalPoints(cityId);
    }

    /** A city's names, for texts that the system writes (notifications). */
    public Optional<CityRef> city(long cityId) {
        return cities.findById(cityId).map(City::view);
    }

    public String displayName(long userId) {
        return users.findById(userId).map(user -> user.view().displayName()).orElse("?");
    }
}
