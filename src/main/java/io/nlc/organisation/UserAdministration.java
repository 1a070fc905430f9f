package io.nlc.organisation;

import io.nlc.kernel.PlainText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: administrators manage everyone, a city's coordinator manages the team of that city (members and
 * coordinators) and the raters it invites. Passwords set by someone else are one-time passwords, shown once and changed by their owner
 * at the next sign-in. Deactivating someone or resetting their password publishes {@link AccountLocked}, which
 * ends that person's open sessions on the server as soon as the change is committed.
 */
@Service
@Transactional
public class UserAdministration {

    private static final String USERNAME = "[a-z0-9._-]{3,80}";
    /** How long a one-time password works if its owner does not replace it (ASVS 6.4.1). */
    public static final Duration ONE_TIME_VALIDITY = Duration.ofHours(72);

    private final AppUserRepository users;
    private final CityRepository cities;
    private final HubRepository hubs;
    private final Organisation organisation;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecondFactors secondFactors;

    UserAdministration(
            AppUserRepository users,
            CityRepository cities,
            HubRepository hubs,
            Organisation organisation,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            SecondFactors secondFactors) {
        this.users = users;
        this.cities = cities;
        this.hubs = hubs;
        this.organisation = organisation;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.secondFactors = secondFactors;
    }

    /** The accounts the signed-in person manages, by name. */
    @Transactional(readOnly = true)
    public List<UserSummary> manageableUsers() {
        CurrentUser me = requireManager();
        return users.findAll().stream()
                .filter(user -> manages(me, user))
                .map(this::summary)
                .sorted(Comparator.comparing(UserSummary::displayName))
                .toList();
    }

    /** Creates an account and returns its one-time password, to be handed to the person. */
    public String create(NewUser request) {
        CurrentUser me = requireManager();
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches(USERNAME)) {
            throw new InvalidOrganisationInputException("username", "account.error.username");
        }
        if (users.findByUsername(username).isPresent()) {
            // Says neither where nor whose: user names are platform-wide, the people behind them are not.
            throw new InvalidOrganisationInputException(
                    "username", "account.error.username-taken", freeUsernameLike(username));
        }
        String name = request.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidOrganisationInputException("displayName", "account.error.display-name");
        }
        if (!PlainText.isPlain(name)) {
            throw new InvalidOrganisationInputException("displayName", PlainText.MESSAGE_KEY);
        }
        checkPlacement(me, request.role(), request.cityId(), request.hubId());
        checkFocalCities(request.role(), request.focalCities());
        String password = policy.oneTimePassword();
        AppUser user = new AppUser(
                username,
                encoder.encode(password),
                name,
                request.role(),
                request.cityId(),
                request.hubId(),
                request.language());
        user.setPassword(encoder.encode(password), oneTimeUntil());
        user.linkCities(request.focalCities());
        users.save(user);
        return password;
    }

    public void changeRole(long userId, Role role) {
        CurrentUser me = requireManager();
        AppUser user = managed(me, userId);
        // A role change keeps the person where they are: city roles in their city, focal points with their cities.
        if (role.cityRole() != user.role().cityRole()
                || (role == Role.NATIONAL_FOCAL_POINT) != (user.role() == Role.NATIONAL_FOCAL_POINT)
                || (role == Role.RATER) != (user.role() == Role.RATER)) {
            throw new InvalidOrganisationInputException("role", "account.error.role-place");
        }
        checkPlacement(me, role, user.cityId(), user.hubId());
        user.changeRole(role);
    }

    /** Sets the cities a national focal point rates; administrators only, since they span hubs. */
    public void linkCities(long userId, Set<Long> cityIds) {
        CurrentUser me = organisation.requireAdministrator();
        AppUser user = managed(me, userId);
        checkFocalCities(user.role(), cityIds);
        user.linkCities(cityIds);
    }

    public void setEnabled(long userId, boolean enabled) {
        CurrentUser me = requireManager();
        if (me.id() == userId) {
            throw new InvalidOrganisationInputException("enabled", "account.error.self");
        }
        AppUser user = managed(me, userId);
        user.setEnabled(enabled);
        if (!enabled) {
            events.publishEvent(new AccountLocked(user.username(), AccountLocked.Reason.DEACTIVATED));
        }
    }

    /**
     * Sets a new one-time password for someone else and returns it; the old one stops working at once and their
     * open sessions end. Nobody resets their own password this way (it would skip the current one: "My password"
     * asks for it), and a coordinator does not reset a fellow coordinator's (it would let them sign in as them):
     * that goes to an administrator.
     */
    public String resetPassword(long userId) {
        CurrentUser me = requireManager();
        if (me.id() == userId) {
            throw new InvalidOrganisationInputException("password", "account.error.self-reset");
        }
        AppUser user = managed(me, userId);
        if (me.role() == Role.CITY_COORDINATOR && user.role() == Role.CITY_COORDINATOR) {
            throw new InvalidOrganisationInputException("password", "account.error.reset-coordinator");
        }
        String password = policy.oneTimePassword();
        user.setPassword(encoder.encode(password), oneTimeUntil());
        events.publishEvent(new AccountLocked(user.username(), AccountLocked.Reason.PASSWORD_RESET));
        return password;
    }

    /**
     * Removes someone's second factor and recovery codes (a lost phone), administrators only; their open sessions
     * end, and the audit trail records who did it. At their next sign-in they set up a new one if their role needs
     * it. Nobody resets their own this way (an administrator cannot skip their own second factor).
     */
    public void resetSecondFactor(long userId) {
        CurrentUser me = organisation.requireAdministrator();
        if (me.id() == userId) {
            throw new InvalidOrganisationInputException("secondFactor", "account.error.self-second-factor");
        }
        AppUser user = managed(me, userId);
        if (!secondFactors.enabled(userId)) {
            throw new InvalidOrganisationInputException("secondFactor", "account.error.no-second-factor");
        }
        secondFactors.remove(userId);
        events.publishEvent(new SecondFactors.Reset(userId, me.id(), clock.instant()));
        events.publishEvent(new AccountLocked(user.username(), AccountLocked.Reason.SECOND_FACTOR_RESET));
    }

    /** The signed-in person chooses their own password (required after a one-time password). */
    public void changeOwnPassword(String current, String replacement) {
        CurrentUser me = organisation.currentUser();
        AppUser user = users.findById(me.id()).orElseThrow();
        if (!encoder.matches(current, user.passwordHash())) {
            throw new InvalidOrganisationInputException("current", "account.error.current-password");
        }
        if (current.equals(replacement)) {
            throw new InvalidOrganisationInputException("password", "account.error.password-same");
        }
        policy.check(replacement, List.of(user.username(), me.displayName()));
        user.setPassword(encoder.encode(replacement), null);
        // Whoever else holds a session of this account (a stolen cookie, a forgotten computer) is signed out.
        events.publishEvent(new AccountLocked(user.username(), AccountLocked.Reason.PASSWORD_CHANGED));
    }

    private Instant oneTimeUntil() {
        return clock.instant().plus(ONE_TIME_VALIDITY);
    }

    /** The first of name2, name3... that nobody has, to suggest instead of a taken user name. */
    private String freeUsernameLike(String taken) {
        String stem = taken.length() > 76 ? taken.substring(0, 76) : taken;
        for (int n = 2; ; n++) {
            String candidate = stem + n;
            if (users.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private void checkPlacement(CurrentUser me, Role role, Long cityId, Long hubId) {
        boolean placed = role.ofCity()
                ? cityId != null && hubId == null && cities.existsById(cityId)
                : role == Role.HUB_ADVISOR
                        ? hubId != null && cityId == null && hubs.existsById(hubId)
                        : cityId == null && hubId == null; // administrators and national focal points
        // Read API clients get tokens, never accounts.
        if (!placed || role == Role.API_CLIENT) {
            throw new InvalidOrganisationInputException("role", "account.error.role-place");
        }
        if (me.role() == Role.CITY_COORDINATOR && !(role.ofCity() && cityId.equals(me.cityId()))) {
            throw new NotPermittedException("A coordinator manages only their own city's team and raters");
        }
    }

    /** A focal point rates at least one existing city; nobody else is linked to cities this way. */
    private void checkFocalCities(Role role, Set<Long> cityIds) {
        boolean valid = role == Role.NATIONAL_FOCAL_POINT
                ? !cityIds.isEmpty() && cities.findAllById(cityIds).size() == cityIds.size()
                : cityIds.isEmpty();
        if (!valid) {
            throw new InvalidOrganisationInputException("focalCities", "account.error.focal-cities");
        }
    }

    private AppUser managed(CurrentUser me, long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NoSuchElementException("No user " + userId));
        if (!manages(me, user)) {
            throw new NotPermittedException("User " + me.username() + " may not manage user " + userId);
        }
        return user;
    }

    private static boolean manages(CurrentUser me, AppUser user) {
        return me.role() == Role.ADMINISTRATOR
                || (me.role() == Role.CITY_COORDINATOR
                        && user.role().ofCity()
                        && user.cityId() != null
                        && user.cityId().equals(me.cityId()));
    }

    private CurrentUser requireManager() {
        CurrentUser me = organisation.currentUser();
        if (me.role() != Role.ADMINISTRATOR && me.role() != Role.CITY_COORDINATOR) {
            throw new NotPermittedException("Only administrators and coordinators manage accounts");
        }
        return me;
    }

    private UserSummary summary(AppUser user) {
        CurrentUser view = user.view();
        return new UserSummary(
                view.id(),
                view.username(),
                view.displayName(),
                view.role(),
                view.cityId(),
                view.hubId(),
                user.enabled(),
                view.focalCities(),
                secondFactors.enabled(view.id()));
    }
}
