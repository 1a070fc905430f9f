package io.nlc.organisation;

import io.nlc.kernel.NlcProperties;
import io.nlc.organisation.secondfactor.RecoveryCode;
import io.nlc.organisation.secondfactor.RecoveryCodeRepository;
import io.nlc.organisation.secondfactor.SecondFactor;
import io.nlc.organisation.secondfactor.SecondFactorRepository;
import io.nlc.organisation.secondfactor.SecretBox;
import io.nlc.organisation.secondfactor.Totp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (TOTP) of the signed-in person: set it up from a QR code and a first code, get one-time recovery
 * codes, turn it off where the role allows. Hub advisors, national focal points and administrators see many cities,
 * so they must have one ({@code nlc.second-factor.required}, on except in the demo). The sign-in step checks codes
 * through {@link #verifySignIn}, which has no signed-in person to check and is for that step only.
 */
@Service
@Transactional
public class SecondFactors {

    /** The roles that must sign in with a second factor: they see many cities. */
    public static final Set<Role> REQUIRED_FOR =
            EnumSet.of(Role.HUB_ADVISOR, Role.NATIONAL_FOCAL_POINT, Role.ADMINISTRATOR);

    static final int RECOVERY_CODES = 10;
    /** How long a started setup keeps its secret when the page is opened again. */
    private static final Duration SETUP_REUSE = Duration.ofMinutes(15);

    private static final String ISSUER = "NLC Self-Assessment";
    /** Recovery codes: 16 characters of this alphabet (80 bits), without look-alikes, in groups of four. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();
    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final AppUserRepository users;
    private final Organisation organisation;
    private final SecretBox box;
    private final Clock clock;
    private final boolean required;

    SecondFactors(
            SecondFactorRepository factors,
            RecoveryCodeRepository recoveryCodes,
            AppUserRepository users,
            Organisation organisation,
            SecretBox box,
            Clock clock,
            NlcProperties properties) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.organisation = organisation;
        this.box = box;
        this.clock = clock;
        this.required = properties.secondFactor().required();
    }

    /** Whether people of this role must have a second factor here. */
    public boolean requiredFor(Role role) {
        return required && REQUIRED_FOR.contains(role);
    }

    /** The signed-in person's second factor: in use or not, required or not, recovery codes left. */
    @Transactional(readOnly = true)
    public SecondFactorStatus status() {
        CurrentUser me = organisation.currentUser();
        boolean enabled =
                factors.findById(me.id()).filter(SecondFactor::confirmed).isPresent();
        return new SecondFactorStatus(
                enabled, requiredFor(me.role()), enabled ? factors.recoveryCodesLeft(me.id()) : 0);
    }

    /** The signed-in person must set one up before going anywhere else. */
    @Transactional(readOnly = true)
    public boolean mustEnrol() {
        CurrentUser me = organisation.currentUser();
        return requiredFor(me.role())
                && factors.findById(me.id()).filter(SecondFactor::confirmed).isEmpty();
    }

    /**
     * A secret for the signed-in person's authenticator app, kept unconfirmed until {@link #confirm} gets a code of
     * it: the one of a setup started in the last 15 minutes, else a new one. Refused while one is in use (turn it
     * off or have it reset first).
     */
    public Enrolment start() {
        CurrentUser me = organisation.currentUser();
        if (factors.findById(me.id()).filter(SecondFactor::confirmed).isPresent()) {
            throw new InvalidOrganisationInputException("code", "second-factor.error.already");
        }
        // The same secret while the setup is under way, so that a code scanned a moment ago still matches when the
        // person comes back to this page (every page leads here until it is done).
        Optional<SecondFactor> pending = factors.findById(me.id())
                .filter(started -> started.createdAt().isAfter(clock.instant().minus(SETUP_REUSE)));
        byte[] secret;
        if (pending.isPresent()) {
            secret = box.open(pending.get().secret());
        } else {
            secret = new byte[20];
            random.nextBytes(secret);
            factors.deleteFor(me.id());
            factors.save(new SecondFactor(me.id(), box.seal(secret), clock.instant()));
        }
        String base32 = Totp.base32(secret);
        String label = encode(ISSUER) + ":" + encode(me.username());
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32, uri);
    }

    /**
     * Puts the secret from {@link #start} in use once the app shows a right code for it, and returns the recovery
     * codes, in clear this once only.
     */
    public List<String> confirm(String code) {
        CurrentUser me = organisation.currentUser();
        SecondFactor factor = factors.findById(me.id())
                .filter(pending -> !pending.confirmed())
                .orElseThrow(() -> new InvalidOrganisationInputException("code", "second-factor.error.not-started"));
        OptionalLong step = Totp.match(box.open(factor.secret()), code.strip(), clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new InvalidOrganisationInputException("code", "second-factor.error.code");
        }
        factor.confirm(clock.instant(), step.getAsLong());
        return newRecoveryCodes(me.id());
    }

    /** Replaces the signed-in person's recovery codes with fresh ones (the old ones stop working). */
    public List<String> renewRecoveryCodes() {
        CurrentUser me = organisation.currentUser();
        if (factors.findById(me.id()).filter(SecondFactor::confirmed).isEmpty()) {
            throw new InvalidOrganisationInputException("code", "second-factor.error.not-started");
        }
        return newRecoveryCodes(me.id());
    }

    /**
     * Turns the signed-in person's second factor off, with a current code or recovery code to show it is theirs;
     * refused for the roles that must keep one.
     */
    public void turnOff(String code) {
        CurrentUser me = organisation.currentUser();
        if (requiredFor(me.role())) {
            throw new InvalidOrganisationInputException("code", "second-factor.error.required");
        }
        if (!check(me.id(), code)) {
            throw new InvalidOrganisationInputException("code", "second-factor.error.code");
        }
        remove(me.id());
    }

    /** Whether this account signs in with a second factor; for the sign-in step, before anyone is signed in. */
    @Transactional(readOnly = true)
    public boolean enabledFor(String username) {
        return users.findByUsername(username)
                .flatMap(user -> factors.findById(user.view().id()))
                .filter(SecondFactor::confirmed)
                .isPresent();
    }

    /**
     * The sign-in step: whether {@code code} is a right, unused code of this account's app (its step is then spent,
     * with every older one) or one of its unused recovery codes (then spent). No access check: the caller is the
     * sign-in step, which has checked the password and throttles attempts.
     */
    public boolean verifySignIn(String username, String code) {
        Optional<AppUser> user = users.findByUsername(username);
        return user.isPresent()
                && user.get().enabled()
                && check(user.get().view().id(), code);
    }

    /** Removes a person's second factor and recovery codes; for {@link UserAdministration#resetSecondFactor}. */
    void remove(long userId) {
        factors.deleteRecoveryCodes(userId);
        factors.deleteFor(userId);
    }

    boolean enabled(long userId) {
        return factors.findById(userId).filter(SecondFactor::confirmed).isPresent();
    }

    private boolean check(long userId, String typed) {
        Optional<SecondFactor> factor = factors.findById(userId).filter(SecondFactor::confirmed);
        if (factor.isEmpty()) {
            return false;
        }
        String code = typed.strip();
        if (code.matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.match(
                    box.open(factor.get().secret()),
                    code,
                    clock.instant(),
                    factor.get().lastStep());
            return step.isPresent() && factors.spend(userId, step.getAsLong()) == 1;
        }
        return factors.spendRecoveryCode(userId, hash(normalised(code)), clock.instant()) == 1;
    }

    private List<String> newRecoveryCodes(long userId) {
        factors.deleteRecoveryCodes(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
            recoveryCodes.save(new RecoveryCode(userId, hash(normalised(code.toString()))));
        }
        return codes;
    }

    /** As typed back: any case, with or without the dashes and spaces. */
    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the person's authenticator app needs: the secret in Base32 and the otpauth address the QR code holds. */
    public record Enrolment(String secret, String uri) {}

    /** The signed-in person's second factor as "My second factor" shows it. */
    public record SecondFactorStatus(boolean enabled, boolean required, long recoveryCodesLeft) {}

    /**
     * An administrator removed a person's second factor (a lost phone): published inside the change's transaction,
     * so the audit trail records it with the change.
     */
    public record Reset(long userId, long actorId, Instant at) {}
}
