package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.nlc.organisation.SecondFactors;
import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;

/**
 * The sign-in's second step: after a right password an account with a second factor is not signed in until a right
 * code; a wrong, replayed or too old code is refused and throttled like a password, and the password alone does not
 * clear the throttle's counts; a waiting sign-in expires; a reset ends the person's sessions.
 */
@SpringBootTest(properties = "nlc.second-factor.required=true")
class SecondFactorSignInTest extends WorldTest {

    @Autowired
    SecondFactorSignIn signIn;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAdministration accounts;

    @Autowired
    SessionRegistry registry;

    @Autowired
    MeterRegistry meters;

    private String secret;
    private List<String> recoveryCodes;

    @BeforeEach
    void memberTurnsTheSecondFactorOn() {
        Fixtures.signIn(world.memberA1);
        SecondFactors.Enrolment enrolment = secondFactors.start();
        secret = enrolment.secret();
        recoveryCodes = secondFactors.confirm(code(0));
        Fixtures.signOut();
    }

    @Test
    void aRightPasswordLeadsToTheCodePageWithoutSigningIn() throws Exception {
        MockHttpServletRequest request = request("10.0.0.1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        // What the password filter has done before calling the handler: the context is in the session.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(password(world.memberA1));
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        List<String> signedInDirectly = new ArrayList<>();

        signIn.after((req, res, authentication) -> signedInDirectly.add(authentication.getName()))
                .onAuthenticationSuccess(request, response, password(world.memberA1));

        assertThat(response.getRedirectedUrl()).isEqualTo("/second-factor");
        assertThat(signedInDirectly).isEmpty();
        assertThat(request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(signIn.pending(request.getSession().getAttribute(SecondFactorSignIn.PENDING)))
                .isNotNull();

        // Someone without a second factor is signed in at once, as before.
        signIn.after((req, res, authentication) -> signedInDirectly.add(authentication.getName()))
                .onAuthenticationSuccess(
                        request("10.0.0.1"), new MockHttpServletResponse(), password(world.coordinatorA1));
        assertThat(signedInDirectly).containsExactly(world.coordinatorA1);
    }

    @Test
    void aRightCodeSignsInWithANewSessionIdAndIsGoodOnlyOnce() {
        MockHttpServletRequest request = waiting("10.0.0.2");
        String before = request.getSession().getId();
        assertThat(signIn.verify((MockHttpSession) request.getSession(), request, code(1)))
                .isEqualTo(SecondFactorSignIn.Outcome.SIGNED_IN);
        assertThat(request.getSession().getId()).isNotEqualTo(before);
        assertThat(request.getSession().getAttribute(SecondFactorSignIn.PENDING))
                .isNull();
        Object stored =
                request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored)
                .isInstanceOfSatisfying(
                        SecurityContext.class,
                        context -> assertThat(context.getAuthentication().getName())
                                .isEqualTo(world.memberA1));

        // The same code again, from a fresh sign-in: replayed, refused.
        MockHttpServletRequest again = waiting("10.0.0.2");
        assertThat(signIn.verify((MockHttpSession) again.getSession(), again, code(1)))
                .isEqualTo(SecondFactorSignIn.Outcome.WRONG);
        assertThat(signIn.verify((MockHttpSession) again.getSession(), again, code(-2)))
                .as("too old")
                .isEqualTo(SecondFactorSignIn.Outcome.WRONG);
        assertThat(again.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
        // A recovery code works instead, once.
        assertThat(signIn.verify((MockHttpSession) again.getSession(), again, recoveryCodes.get(0)))
                .isEqualTo(SecondFactorSignIn.Outcome.SIGNED_IN);
        MockHttpServletRequest third = waiting("10.0.0.2");
        assertThat(signIn.verify((MockHttpSession) third.getSession(), third, recoveryCodes.get(0)))
                .isEqualTo(SecondFactorSignIn.Outcome.WRONG);
    }

    @Test
    void wrongCodesAreThrottledLikePasswordsAndTheRightPasswordDoesNotClearTheCount() {
        MockHttpServletRequest request = waiting("10.0.0.3");
        MockHttpSession session = (MockHttpSession) request.getSession();
        String wrong = code(0).equals("123456") ? "654321" : "123456";
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(signIn.verify(session, request, wrong))
                    .as("attempt " + i)
                    .isEqualTo(SecondFactorSignIn.Outcome.WRONG);
        }
        // Retyping the right password would otherwise give a guesser fresh attempts.
        events.publishEvent(new AuthenticationSuccessEvent(password(world.memberA1)));
        assertThat(signIn.verify(session, request, code(1)))
                .as("even the right code waits")
                .isEqualTo(SecondFactorSignIn.Outcome.THROTTLED);
        assertThat(signIn.waitBeforeNextCode(session, request))
                .as("what the code page tells")
                .isPositive();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
        // The person, from their own address, is not locked out by a guesser elsewhere.
        MockHttpServletRequest own = waiting("10.0.0.4");
        assertThat(signIn.verify((MockHttpSession) own.getSession(), own, code(1)))
                .isEqualTo(SecondFactorSignIn.Outcome.SIGNED_IN);
        assertThat(throttle.waitBeforeNextAttempt(world.memberA1, "10.0.0.4")).isZero();
    }

    @Test
    void theMetricsCountASignInOnceItsCodeIsRightAndCountWrongAndThrottledCodesLikePasswords() throws Exception {
        double signIns = count("nlc.signins");
        double failures = count("nlc.signin.failures");
        double throttled = count("nlc.signin.throttled");

        signIn.after((req, res, authentication) -> {})
                .onAuthenticationSuccess(request("10.0.0.6"), new MockHttpServletResponse(), password(world.memberA1));
        assertThat(count("nlc.signins")).as("the password alone").isEqualTo(signIns);

        MockHttpServletRequest request = waiting("10.0.0.6");
        MockHttpSession session = (MockHttpSession) request.getSession();
        String wrong = code(0).equals("123456") ? "654321" : "123456";
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            signIn.verify(session, request, wrong);
        }
        assertThat(count("nlc.signin.failures"))
                .isEqualTo(failures + LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        assertThat(signIn.verify(session, request, code(1))).isEqualTo(SecondFactorSignIn.Outcome.THROTTLED);
        assertThat(count("nlc.signin.throttled")).isEqualTo(throttled + 1);
        assertThat(count("nlc.signins")).isEqualTo(signIns);

        MockHttpServletRequest own = waiting("10.0.0.7");
        assertThat(signIn.verify((MockHttpSession) own.getSession(), own, code(1)))
                .isEqualTo(SecondFactorSignIn.Outcome.SIGNED_IN);
        assertThat(count("nlc.signins")).isEqualTo(signIns + 1);

        // Someone without a second factor is counted at the password.
        signIn.after((req, res, authentication) -> {})
                .onAuthenticationSuccess(
                        request("10.0.0.6"), new MockHttpServletResponse(), password(world.coordinatorA1));
        assertThat(count("nlc.signins")).isEqualTo(signIns + 2);
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }

    @Test
    void aSignInWaitingTooLongForItsCodeExpires() {
        MockHttpServletRequest request = request("10.0.0.5");
        request.getSession()
                .setAttribute(
                        SecondFactorSignIn.PENDING,
                        new SecondFactorSignIn.Pending(
                                password(world.memberA1),
                                "10.0.0.5",
                                Instant.now()
                                        .minus(SecondFactorSignIn.PENDING_FOR)
                                        .minus(Duration.ofSeconds(1))));
        assertThat(signIn.verify((MockHttpSession) request.getSession(), request, code(1)))
                .isEqualTo(SecondFactorSignIn.Outcome.EXPIRED);
        assertThat(request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
        MockHttpServletRequest none = request("10.0.0.5");
        assertThat(signIn.verify((MockHttpSession) none.getSession(), none, code(1)))
                .as("no password typed at all")
                .isEqualTo(SecondFactorSignIn.Outcome.EXPIRED);
    }

    @Test
    void anAdministratorsResetEndsThePersonsSessions() {
        MockHttpSession session = new MockHttpSession();
        events.publishEvent(new HttpSessionCreatedEvent(session));
        registry.registerNewSession(session.getId(), new User(world.memberA1, "", List.of()));

        Fixtures.signIn(world.admin);
        long memberId = accounts.manageableUsers().stream()
                .filter(user -> user.username().equals(world.memberA1))
                .mapToLong(UserSummary::id)
                .findFirst()
                .orElseThrow();
        accounts.resetSecondFactor(memberId);

        assertThat(session.isInvalid()).isTrue();
        assertThat(secondFactors.enabledFor(world.memberA1)).isFalse();
    }

    /** A request whose session holds a right password for the member, waiting for the code. */
    private MockHttpServletRequest waiting(String address) {
        MockHttpServletRequest request = request(address);
        request.getSession()
                .setAttribute(
                        SecondFactorSignIn.PENDING,
                        new SecondFactorSignIn.Pending(password(world.memberA1), address, Instant.now()));
        return request;
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        request.setSession(new MockHttpSession());
        return request;
    }

    private static Authentication password(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_CITY_MEMBER"));
    }

    /**
     * The code the member's app shows {@code steps} steps from now, computed here independently of the app's own
     * code (RFC 6238 with HMAC-SHA1, 30 s, 6 digits).
     */
    private String code(int steps) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(secret), "HmacSHA1"));
            long step = Instant.now().getEpochSecond() / 30 + steps;
            byte[] hash =
                    mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[19] & 0xf;
            int value = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", value % 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
