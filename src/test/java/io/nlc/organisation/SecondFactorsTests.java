package io.nlc.organisation;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.audit.AccountTrail;
import io.nlc.audit.AccountTrail.AccountRecord;
import io.nlc.organisation.secondfactor.SecondFactorRepository;
import io.nlc.organisation.secondfactor.Totp;
import io.nlc.testsupport.WorldTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second factor on every database, with the requirement on as in production: setting it up, the sign-in
 * check (a code is good once, within its window), recovery codes good once, who must keep one, and an
 * administrator's reset, which is in the audit trail.
 */
abstract class SecondFactorsTests extends WorldTest {

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    UserAdministration accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    SecondFactorRepository factors;

    @Autowired
    AccountTrail accountTrail;

    @Test
    void anAdvisorMustSetOneUpAndConfirmsItWithACodeFromTheApp() {
        signIn(world.advisorA);
        assertThat(secondFactors.mustEnrol()).isTrue();
        assertThat(secondFactors.status().required()).isTrue();
        SecondFactors.Enrolment enrolment = secondFactors.start();
        assertThat(enrolment.uri())
                .startsWith("otpauth://totp/NLC%20Self-Assessment:" + world.advisorA + "?secret=" + enrolment.secret())
                .contains("issuer=NLC%20Self-Assessment", "algorithm=SHA1", "digits=6", "period=30");
        assertThat(Totp.fromBase32(enrolment.secret())).hasSize(20);
        assertThat(secondFactors.start().secret())
                .as("opening the page again keeps the secret just scanned")
                .isEqualTo(enrolment.secret());

        assertCodeRefused(() -> secondFactors.confirm("000000".equals(now(enrolment)) ? "111111" : "000000"));
        assertThat(secondFactors.mustEnrol()).as("not in use until confirmed").isTrue();
        assertThat(secondFactors.enabledFor(world.advisorA)).isFalse();

        List<String> recoveryCodes = secondFactors.confirm(now(enrolment));
        assertThat(recoveryCodes)
                .hasSize(SecondFactors.RECOVERY_CODES)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        assertThat(secondFactors.mustEnrol()).isFalse();
        assertThat(secondFactors.status()).isEqualTo(new SecondFactors.SecondFactorStatus(true, true, 10));
        assertThat(secondFactors.enabledFor(world.advisorA)).isTrue();
        // The secret is stored encrypted: neither its Base32 nor its bytes are in the column.
        String stored =
                factors.findById(organisation.currentUser().id()).orElseThrow().secret();
        assertThat(stored).doesNotContain(enrolment.secret());
        assertThatThrownBy(() -> secondFactors.start())
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("second-factor.error.already"));
    }

    @Test
    void aCodeSignsInOnceWithinItsWindowAndNeverAgainNorAnOlderOne() {
        signIn(world.nationalA1B1);
        SecondFactors.Enrolment enrolment = secondFactors.start();
        secondFactors.confirm(now(enrolment));
        String user = world.nationalA1B1;
        // The confirming code's step is spent: the next step's code (the phone a little ahead) signs in.
        assertThat(secondFactors.verifySignIn(user, now(enrolment)))
                .as("the confirming code")
                .isFalse();
        String next = at(enrolment, 1);
        assertThat(secondFactors.verifySignIn(user, next)).isTrue();
        assertThat(secondFactors.verifySignIn(user, next)).as("replayed").isFalse();
        assertThat(secondFactors.verifySignIn(user, now(enrolment)))
                .as("older than one used")
                .isFalse();
        assertThat(secondFactors.verifySignIn(user, at(enrolment, -2)))
                .as("a minute old")
                .isFalse();
        assertThat(secondFactors.verifySignIn(user, at(enrolment, 3)))
                .as("far ahead")
                .isFalse();
        assertThat(secondFactors.verifySignIn("no-such-user", next)).isFalse();
        assertThat(secondFactors.verifySignIn(world.memberA1, next))
                .as("no second factor")
                .isFalse();
    }

    @Test
    void eachRecoveryCodeSignsInOnceAsTypedWithOrWithoutDashes() {
        signIn(world.admin);
        SecondFactors.Enrolment enrolment = secondFactors.start();
        List<String> codes = secondFactors.confirm(now(enrolment));
        String first = codes.get(0);
        assertThat(secondFactors.verifySignIn(world.admin, " " + first.toUpperCase(Locale.ROOT) + " "))
                .isTrue();
        assertThat(secondFactors.verifySignIn(world.admin, first)).as("spent").isFalse();
        assertThat(secondFactors.verifySignIn(world.admin, codes.get(1).replace("-", "")))
                .isTrue();
        assertThat(secondFactors.verifySignIn(world.admin, "aaaa-bbbb-cccc-dddd"))
                .isFalse();
        assertThat(secondFactors.status().recoveryCodesLeft()).isEqualTo(8);

        List<String> renewed = secondFactors.renewRecoveryCodes();
        assertThat(secondFactors.verifySignIn(world.admin, codes.get(2)))
                .as("old codes end")
                .isFalse();
        assertThat(secondFactors.verifySignIn(world.admin, renewed.get(0))).isTrue();
    }

    @Test
    void aCoordinatorMayTurnItOnAndOffButAnAdvisorMayNotTurnItOff() {
        signIn(world.coordinatorA1);
        assertThat(secondFactors.mustEnrol()).isFalse();
        assertThat(secondFactors.status()).isEqualTo(new SecondFactors.SecondFactorStatus(false, false, 0));
        SecondFactors.Enrolment enrolment = secondFactors.start();
        List<String> codes = secondFactors.confirm(now(enrolment));
        assertThat(secondFactors.enabledFor(world.coordinatorA1)).isTrue();
        assertCodeRefused(() -> secondFactors.turnOff("aaaa-bbbb-cccc-dddd"));
        secondFactors.turnOff(codes.get(0));
        assertThat(secondFactors.enabledFor(world.coordinatorA1)).isFalse();
        assertThat(secondFactors.verifySignIn(world.coordinatorA1, codes.get(1)))
                .isFalse();

        signIn(world.memberA1);
        secondFactors.confirm(now(secondFactors.start()));
        assertThat(secondFactors.status().enabled()).isTrue();

        signIn(world.advisorA);
        List<String> advisorCodes = secondFactors.confirm(now(secondFactors.start()));
        assertThatThrownBy(() -> secondFactors.turnOff(advisorCodes.get(0)))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("second-factor.error.required"));
        assertThat(secondFactors.enabledFor(world.advisorA)).isTrue();
    }

    @Test
    void anAdministratorsResetRemovesItEndsItsCodesAndIsInTheAuditTrail() {
        signIn(world.advisorA);
        List<String> codes = secondFactors.confirm(now(secondFactors.start()));
        long advisorId = organisation.currentUser().id();

        signIn(world.admin);
        long adminId = organisation.currentUser().id();
        assertThat(accounts.manageableUsers())
                .filteredOn(user -> user.id() == advisorId)
                .singleElement()
                .extracting(UserSummary::secondFactor)
                .isEqualTo(true);
        Instant before = Instant.now().minusSeconds(1);
        accounts.resetSecondFactor(advisorId);

        assertThat(secondFactors.verifySignIn(world.advisorA, codes.get(0))).isFalse();
        assertThat(secondFactors.enabledFor(world.advisorA)).isFalse();
        List<AccountRecord> trail = accountTrail.of(advisorId);
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AccountTrail.SECOND_FACTOR_RESET);
            assertThat(entry.actorId()).isEqualTo(adminId);
            assertThat(entry.at()).isAfter(before);
        });
        assertThatThrownBy(() -> accounts.resetSecondFactor(advisorId))
                .as("nothing left to reset")
                .isInstanceOf(InvalidOrganisationInputException.class);
        assertThatThrownBy(() -> accounts.resetSecondFactor(adminId))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.self-second-factor"));

        signIn(world.advisorA);
        assertThat(secondFactors.mustEnrol())
                .as("set up again at the next sign-in")
                .isTrue();
        assertThatThrownBy(() -> accountTrail.of(advisorId))
                .as("administrators only")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void onlyAnAdministratorResetsSomeoneElsesSecondFactor() {
        signIn(world.memberA1);
        secondFactors.confirm(now(secondFactors.start()));
        long memberId = organisation.currentUser().id();
        signIn(world.coordinatorA1);
        assertThatThrownBy(() -> accounts.resetSecondFactor(memberId)).isInstanceOf(NotPermittedException.class);
        signIn(world.advisorA);
        assertThatThrownBy(() -> accounts.resetSecondFactor(memberId)).isInstanceOf(NotPermittedException.class);
        assertThat(secondFactors.enabledFor(world.memberA1)).isTrue();
    }

    private static String now(SecondFactors.Enrolment enrolment) {
        return at(enrolment, 0);
    }

    /** The code the person's app shows {@code steps} steps from now. */
    private static String at(SecondFactors.Enrolment enrolment, int steps) {
        return Totp.code(Totp.fromBase32(enrolment.secret()), Totp.step(Instant.now()) + steps);
    }

    private static void assertCodeRefused(Runnable attempt) {
        assertThatThrownBy(attempt::run)
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("second-factor.error.code"));
    }
}
