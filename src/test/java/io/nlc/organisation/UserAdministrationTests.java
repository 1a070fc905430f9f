package io.nlc.organisation;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.content.Language;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Account administration on every database: who manages whom, one-time passwords, the password rules. */
abstract class UserAdministrationTests extends WorldTest {

    @Autowired
    UserAdministration accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aNewAccountGetsAOneTimePasswordItsOwnerMustReplaceFollowingTheRules() {
        signIn(world.admin);
        String username = "new.member-" + suffix;
        String oneTime =
                accounts.create(new NewUser(username, "New Member", Role.CITY_MEMBER, world.cityA1, null, Language.AR));
        assertThat(oneTime).hasSize(14);

        signIn(username);
        assertThat(organisation.currentUser().mustChangePassword()).isTrue();
        assertThat(organisation.currentUser().cityId()).isEqualTo(world.cityA1);
        assertPasswordRefused("wrong-one", "a long enough sentence", "account.error.current-password");
        assertPasswordRefused(oneTime, "short", "account.error.password-length");
        assertPasswordRefused(oneTime, "x".repeat(65), "account.error.password-length");
        assertPasswordRefused(oneTime, "Password123", "account.error.password-common");
        assertPasswordRefused(oneTime, username, "account.error.password-common");
        accounts.changeOwnPassword(oneTime, "our commune meets every tuesday");
        assertThat(organisation.currentUser().mustChangePassword()).isFalse();

        signIn(world.admin);
        String reset = accounts.resetPassword(idOf(username));
        assertThat(reset).isNotEqualTo(oneTime);
        signIn(username);
        assertThat(organisation.currentUser().mustChangePassword()).isTrue();
    }

    @Test
    void coordinatorsManageOnlyTheirOwnCitysTeam() {
        signIn(world.coordinatorA1);
        accounts.create(new NewUser("helper-" + suffix, "Helper", Role.CITY_MEMBER, world.cityA1, null, Language.FR));
        assertThat(accounts.manageableUsers())
                .extracting(UserSummary::username)
                .contains(world.memberA1, world.coordinatorA1, "helper-" + suffix)
                .doesNotContain(world.coordinatorA2, world.advisorA, world.admin);
        assertThatThrownBy(() -> accounts.create(
                        new NewUser("x-" + suffix, "X", Role.CITY_MEMBER, world.cityA2, null, Language.FR)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.create(
                        new NewUser("y-" + suffix, "Y", Role.HUB_ADVISOR, null, world.hubA, Language.FR)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(idOf(world.coordinatorA2), false))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(idOf(world.coordinatorA1), false))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.self"));

        signIn(world.memberA1);
        assertThatThrownBy(() -> accounts.manageableUsers()).isInstanceOf(NotPermittedException.class);
        signIn(world.advisorA);
        assertThatThrownBy(() -> accounts.resetPassword(idOf(world.memberA1)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void badAccountDataIsRefusedAndADeactivatedUserIsSignedOut() {
        signIn(world.admin);
        assertAccountRefused(
                new NewUser("No Spaces", "N", Role.CITY_MEMBER, world.cityA1, null, Language.FR),
                "account.error.username");
        assertAccountRefused(
                new NewUser(world.memberA1, "N", Role.CITY_MEMBER, world.cityA1, null, Language.FR),
                "account.error.username-taken");
        assertAccountRefused(
                new NewUser("adv-" + suffix, "N", Role.HUB_ADVISOR, world.cityA1, null, Language.FR),
                "account.error.role-place");
        assertAccountRefused(
                new NewUser("blank-" + suffix, "  ", Role.CITY_MEMBER, world.cityA1, null, Language.FR),
                "account.error.display-name");
        assertThatThrownBy(() -> accounts.changeRole(idOf(world.memberA1), Role.HUB_ADVISOR))
                .isInstanceOf(InvalidOrganisationInputException.class);
        accounts.changeRole(idOf(world.memberA1), Role.CITY_COORDINATOR);

        accounts.setEnabled(idOf(world.secondMemberA1), false);
        signIn(world.secondMemberA1);
        assertThat(organisation.isSignedIn()).isFalse();
        assertThatThrownBy(() -> organisation.currentUser()).isInstanceOf(NotPermittedException.class);
        signIn(world.memberA1);
        assertThat(organisation.currentUser().role()).isEqualTo(Role.CITY_COORDINATOR);
    }

    /** F3: a reset skips the current password, so nobody resets their own; W11: nor a fellow coordinator's. */
    @Test
    void nobodyResetsTheirOwnPasswordAndCoordinatorsDoNotResetEachOther() {
        signIn(world.admin);
        assertResetRefused(world.admin, "account.error.self-reset");
        String fellow = "fellow.coord-" + suffix;
        accounts.create(new NewUser(fellow, "Fellow", Role.CITY_COORDINATOR, world.cityA1, null, Language.FR));

        signIn(world.coordinatorA1);
        assertResetRefused(world.coordinatorA1, "account.error.self-reset");
        assertResetRefused(fellow, "account.error.reset-coordinator");
        assertThat(accounts.resetPassword(idOf(world.memberA1)))
                .as("members still")
                .hasSize(14);

        signIn(world.admin);
        assertThat(accounts.resetPassword(idOf(fellow)))
                .as("an administrator does")
                .hasSize(14);
    }

    /** ASVS 6.4.1: a one-time password nobody replaced stops working after 72 hours, with its own message. */
    @Test
    void aOneTimePasswordExpiresAfterSeventyTwoHours() {
        signIn(world.admin);
        String username = "otp-" + suffix;
        String oneTime =
                accounts.create(new NewUser(username, "Otp", Role.CITY_MEMBER, world.cityA1, null, Language.FR));
        assertThat(signInWith(username, oneTime, Duration.ofHours(71)))
                .as("within 72 hours")
                .isTrue();
        assertThatThrownBy(() -> signInWith(username, oneTime, Duration.ofHours(73)))
                .isInstanceOf(CredentialsExpiredException.class);
        assertThatThrownBy(() -> signInWith(username, "wrong-" + oneTime, Duration.ofHours(73)))
                .as("a wrong password learns nothing about expiry")
                .isInstanceOf(BadCredentialsException.class);

        signIn(username);
        accounts.changeOwnPassword(oneTime, "our commune meets every tuesday");
        assertThat(signInWith(username, "our commune meets every tuesday", Duration.ofDays(400)))
                .as("a chosen password does not expire")
                .isTrue();
    }

    @Test
    void aTakenUserNameIsRefusedWithoutSayingWhoseAndAFreeOneIsSuggested() {
        signIn(world.coordinatorA2);
        assertThatThrownBy(() -> accounts.create(
                        new NewUser(world.memberA1, "N", Role.CITY_MEMBER, world.cityA2, null, Language.FR)))
                .isInstanceOfSatisfying(InvalidOrganisationInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.error.username-taken");
                    assertThat(e.arguments()).containsExactly(world.memberA1 + "2");
                });
    }

    @Test
    void passwordsMadeOfThePlacesOrThePersonsNamesAreRefused() {
        signIn(world.memberA1);
        assertPasswordRefused(Fixtures.PASSWORD, "Province A 2026", "account.error.password-common");
        assertPasswordRefused(Fixtures.PASSWORD, "qwertyui", "account.error.password-common");
        assertPasswordRefused(Fixtures.PASSWORD, world.memberA1.toUpperCase() + "!", "account.error.password-common");
    }

    private boolean signInWith(String username, String password, Duration later) {
        DaoAuthenticationProvider provider =
                new DaoAuthenticationProvider(new AppUserDetailsService(users, Clock.offset(Clock.systemUTC(), later)));
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated();
    }

    private void assertResetRefused(String username, String key) {
        long id = idOf(username);
        assertThatThrownBy(() -> accounts.resetPassword(id))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private long idOf(String username) {
        String current = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getName();
        signIn(username);
        long id = organisation.currentUser().id();
        signIn(current);
        return id;
    }

    private void assertPasswordRefused(String current, String replacement, String key) {
        assertThatThrownBy(() -> accounts.changeOwnPassword(current, replacement))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private void assertAccountRefused(NewUser request, String key) {
        assertThatThrownBy(() -> accounts.create(request))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
