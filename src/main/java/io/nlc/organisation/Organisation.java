package io.nlc.organisation;

import io.nlc.content.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, which cities they may see, and what they may do there. Every module that returns or changes
 * a city's data asks here first, so isolation holds whatever view or URL the request came from.
 */
@Service
@Transactional(readOnly = true)
public class Organisation {

    private final AppUserRepository users;
    private final CityRepository cities;
    private final HubRepository hubs;

    Organisation(AppUserRepository users, CityRepository cities, HubRepository hubs) {
        this.users = users;
        this.cities = cities;
        this.hubs = hubs;
    }

    /** The signed-in user; fails when nobody is signed in, which views never allow to happen. */
    public CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new NotPermittedException("Not signed in");
        }
        if (authentication.getPrincipal() instanceof ApiClientPrincipal client) {
            return apiClient(client);
        }
        return users.findByUsername(authentication.getName())
                .filter(AppUser::enabled)
                .map(AppUser::view)
                .orElseThrow(() -> new NotPermittedException("Unknown or disabled user"));
    }

    /**
     * A read API client as the services see it: a read-only member of its hub. Its id is negative, so that it never
     * matches a person's; it answers, coordinates and reviews nothing, and sees no national rating of a round still
     * rated blind (see {@code AssessmentService}).
     */
    private static CurrentUser apiClient(ApiClientPrincipal client) {
        return new CurrentUser(
                -client.clientId(),
                "api-client-" + client.clientId(),
                client.clientName(),
                Role.API_CLIENT,
                null,
                client.hubId(),
                Language.EN,
                false,
                Set.of());
    }

    public boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && users.findByUsername(authentication.getName())
                        .filter(AppUser::enabled)
                        .isPresent();
    }

    /** The city, if the signed-in user may see it. */
    public CityRef city(long cityId) {
        return visibleCity(currentUser(), cityId).view();
    }

    /** Checks that the signed-in user may see the city's data; an unknown city is refused the same way. */
    public CurrentUser requireView(long cityId) {
        CurrentUser user = currentUser();
        visibleCity(user, cityId);
        return user;
    }

    private City visibleCity(CurrentUser user, long cityId) {
        return cities.findById(cityId)
                .filter(city -> maySee(user, city))
                .orElseThrow(() -> new NotVisibleException(
                        "User " + user.username() + " may not see city " + cityId + " (or none)"));
    }

    /** Checks that the signed-in user may answer for the city: its members and coordinators. */
    public CurrentUser requireAnswer(long cityId) {
        CurrentUser user = requireView(cityId);
        if (!user.role().cityRole()) {
            throw new NotPermittedException("Only the city's own team answers its assessment");
        }
        return user;
    }

    /** Checks that the signed-in user coordinates the city (starts rounds, sets targets). */
    public CurrentUser requireCoordinate(long cityId) {
        CurrentUser user = requireView(cityId);
        if (user.role() != Role.CITY_COORDINATOR) {
            throw new NotPermittedException("Only the city's coordinator can do this");
        }
        return user;
    }

    /** Checks that the signed-in user reviews the city: an advisor of its hub, or an administrator. */
    public CurrentUser requireReview(long cityId) {
        CurrentUser user = requireView(cityId);
        if (user.role() != Role.HUB_ADVISOR && user.role() != Role.ADMINISTRATOR) {
            throw new NotPermittedException("Only the hub's advisors review a city's assessment");
        }
        return user;
    }

    /** Checks that the signed-in user is a national focal point linked to the city: they rate it nationally. */
    public CurrentUser requireNationalRating(long cityId) {
        CurrentUser user = requireView(cityId);
        if (user.role() != Role.NATIONAL_FOCAL_POINT) {
            throw new NotPermittedException("Only the city's national focal points rate it from the national side");
        }
        return user;
    }

    /** Checks that the signed-in user administers the platform: hubs, cities, and which cities focal points rate. */
    public CurrentUser requireAdministrator() {
        CurrentUser user = currentUser();
        if (user.role() != Role.ADMINISTRATOR) {
            throw new NotPermittedException("Only administrators can do this");
        }
        return user;
    }

    /**
     * The hub, for its advisors and administrators only: the portfolio shows every city of the hub. An unknown hub
     * and another's are refused alike ({@link NotVisibleException}).
     */
    public HubRef requireHubPortfolio(long hubId) {
        CurrentUser user = currentUser();
        boolean allowed = user.role() == Role.ADMINISTRATOR
                || ((user.role() == Role.HUB_ADVISOR || user.role() == Role.API_CLIENT)
                        && Long.valueOf(hubId).equals(user.hubId()));
        return hubs.findById(hubId)
                .filter(hub -> allowed)
                .map(Hub::view)
                .orElseThrow(() -> new NotVisibleException(
                        "User " + user.username() + " may not see hub " + hubId + " (or none)"));
    }

    /** The cities of a hub, after {@link #requireHubPortfolio(long)} allowed it. */
    public List<CityRef> citiesOfHub(long hubId) {
        requireHubPortfolio(hubId);
        return cities.findByHubId(hubId).stream().map(City::view).toList();
    }

    /** The hubs the signed-in user may open the portfolio of. */
    public List<HubRef> visibleHubs() {
        CurrentUser user = currentUser();
        return switch (user.role()) {
            case ADMINISTRATOR -> hubs.findAll().stream().map(Hub::view).toList();
            case HUB_ADVISOR, API_CLIENT ->
                hubs.findById(requireHub(user)).map(Hub::view).stream().toList();
            case CITY_MEMBER, CITY_COORDINATOR, NATIONAL_FOCAL_POINT, RATER -> List.of();
        };
    }

    /** Every city the signed-in user may see, by name. */
    public List<CityRef> visibleCities() {
        CurrentUser user = currentUser();
        List<City> visible = switch (user.role()) {
            case ADMINISTRATOR -> cities.findAll();
            case HUB_ADVISOR, API_CLIENT -> cities.findByHubId(requireHub(user));
            case CITY_MEMBER, CITY_COORDINATOR ->
                cities.findById(requireCity(user)).stream().toList();
            case NATIONAL_FOCAL_POINT -> cities.findAllById(user.focalCities());
            // A rater reaches only the items opened to them, through the workshop module, never the city.
            case RATER -> List.of();
        };
        return visible.stream()
                .map(City::view)
                .sorted(Comparator.comparing((CityRef city) -> city.name().fr()))
                .toList();
    }

    @Transactional
    public void setPreferredLanguage(Language language) {
        CurrentUser user = currentUser();
        users.findById(user.id()).ifPresent(found -> found.preferLanguage(language));
    }

    /** Whether the city lets its validated results feed its hub's anonymous peer figures. */
    public boolean peerConsent(long cityId) {
        requireView(cityId);
        return cities.findById(cityId).map(City::peerConsent).orElse(false);
    }

    /** The coordinator opts the city in or out of the hub's peer figures. */
    @Transactional
    public void setPeerConsent(long cityId, boolean consent) {
        requireCoordinate(cityId);
        cities.findById(cityId).ifPresent(city -> city.consentToPeerFigures(consent));
    }

    /** The people who answer for the city, by name: whom a coordinator can assign work to. */
    public List<TeamMember> answeringTeam(long cityId) {
        requireView(cityId);
        return people(cityId, List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR));
    }

    /** The people a coordinator can open items to for rating: the team and the raters the city invited. */
    public List<TeamMember> possibleRaters(long cityId) {
        requireCoordinate(cityId);
        return people(cityId, List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR, Role.RATER));
    }

    private List<TeamMember> people(long cityId, List<Role> roles) {
        return users.findAllById(users.cityUsers(cityId, roles)).stream()
                .map(user -> new TeamMember(user.view().id(), user.view().displayName(), user.role()))
                .sorted(Comparator.comparing(TeamMember::displayName))
                .toList();
    }

    private static boolean maySee(CurrentUser user, City city) {
        return switch (user.role()) {
            case ADMINISTRATOR -> true;
            case HUB_ADVISOR, API_CLIENT -> user.hubId() != null && user.hubId() == city.hubId();
            case CITY_MEMBER, CITY_COORDINATOR ->
                user.cityId() != null && user.cityId() == city.view().id();
            case NATIONAL_FOCAL_POINT -> user.focalCities().contains(city.view().id());
            case RATER -> false;
        };
    }

    private static long requireHub(CurrentUser user) {
        if (user.hubId() == null) {
            throw new IllegalStateException("advisor without hub: " + user.username());
        }
        return user.hubId();
    }

    private static long requireCity(CurrentUser user) {
        if (user.cityId() == null) {
            throw new IllegalStateException("city user without city: " + user.username());
        }
        return user.cityId();
    }
}
