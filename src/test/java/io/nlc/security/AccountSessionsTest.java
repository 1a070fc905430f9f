package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import jakarta.servlet.Filter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Deactivating someone, or resetting their password, ends their open sessions on the server at once. Sessions
 * are opened here the way the servlet container and the sign-in do it: a session-created event (what
 * {@code HttpSessionEventPublisher} publishes), a new id at sign-in, and the registration in the session registry.
 */
@SpringBootTest
class AccountSessionsTest extends WorldTest {

    @Autowired
    SessionRegistry registry;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAdministration accounts;

    @Autowired
    SecurityFilterChain securityFilterChain;

    @Autowired
    OpenSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deactivatingSomeoneEndsEveryOneOfTheirSessionsAndOnlyTheirs() {
        MockHttpSession phone = signedIn(world.memberA1);
        MockHttpSession laptop = signedIn(world.memberA1);
        MockHttpSession colleague = signedIn(world.secondMemberA1);
        MockHttpSession admin = signedIn(world.admin);

        Fixtures.signIn(world.admin);
        accounts.setEnabled(idOf(world.memberA1), false);

        assertThat(phone.isInvalid()).isTrue();
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(registry.getSessionInformation(phone.getId()).isExpired()).isTrue();
        assertThat(colleague.isInvalid()).isFalse();
        assertThat(admin.isInvalid()).isFalse();
    }

    @Test
    void aPasswordResetBySomeoneElseEndsTheirSessionsButNotTheResettersOwn() {
        MockHttpSession member = signedIn(world.memberA1);
        MockHttpSession coordinator = signedIn(world.coordinatorA1);

        Fixtures.signIn(world.coordinatorA1);
        accounts.resetPassword(idOf(world.memberA1));
        assertThat(member.isInvalid()).isTrue();

        assertThat(coordinator.isInvalid()).isFalse();
    }

    /** F4: changing one's own password ends one's other sessions (a stolen cookie, a forgotten computer). */
    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButNotTheOneItWasChangedIn() {
        MockHttpSession here = signedIn(world.memberA1);
        MockHttpSession elsewhere = signedIn(world.memberA1);
        MockHttpSession colleague = signedIn(world.secondMemberA1);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/account/password");
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            Fixtures.signIn(world.memberA1);
            accounts.changeOwnPassword(Fixtures.PASSWORD, "our commune meets every tuesday");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(elsewhere.isInvalid()).isTrue();
        assertThat(registry.getSessionInformation(elsewhere.getId()).isExpired())
                .isTrue();
        assertThat(here.isInvalid()).isFalse();
        assertThat(registry.getSessionInformation(here.getId()).isExpired()).isFalse();
        assertThat(colleague.isInvalid()).isFalse();
    }

    @Test
    void aRefusedDeactivationEndsNothing() {
        MockHttpSession coordinator = signedIn(world.coordinatorA1);
        Fixtures.signIn(world.coordinatorA1);
        try {
            accounts.setEnabled(idOf(world.coordinatorA1), false);
        } catch (RuntimeException expected) {
            // Nobody deactivates themselves.
        }
        assertThat(coordinator.isInvalid()).isFalse();
    }

    /** W8, ASVS 7.5.2: a person sees their open sessions and ends the others, and only their own. */
    @Test
    void mySessionsListsOnesOwnSessionsAndEndsOnlyOnesOwnOthers() {
        MockHttpSession here = signedIn(world.memberA1);
        MockHttpSession phone = signedIn(world.memberA1);
        MockHttpSession laptop = signedIn(world.memberA1);
        MockHttpSession colleague = signedIn(world.secondMemberA1);
        phone.setAttribute(
                SessionLifetimeFilter.BROWSER,
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36");

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account/sessions");
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            Fixtures.signIn(world.memberA1);
            List<OpenSession> mine = sessions.mine();
            assertThat(mine)
                    .extracting(OpenSession::id)
                    .containsExactlyInAnyOrder(here.getId(), phone.getId(), laptop.getId());
            assertThat(mine.getFirst().current()).as("this browser first").isTrue();
            assertThat(mine)
                    .filteredOn(session -> session.id().equals(phone.getId()))
                    .singleElement()
                    .extracting(OpenSession::browserSummary)
                    .isEqualTo("Chrome · Android");

            assertThat(sessions.endOther(colleague.getId()))
                    .as("someone else's session")
                    .isFalse();
            assertThat(sessions.endOther(here.getId()))
                    .as("this one is signed out with Sign out")
                    .isFalse();
            assertThat(colleague.isInvalid()).isFalse();
            assertThat(sessions.endOther(phone.getId())).isTrue();
            assertThat(phone.isInvalid()).isTrue();
            assertThat(sessions.endOthers()).isEqualTo(1);
            assertThat(laptop.isInvalid()).isTrue();
            assertThat(here.isInvalid()).isFalse();
            assertThat(sessions.mine()).extracting(OpenSession::id).containsExactly(here.getId());
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /**
     * Behind a proxy a person's sessions live on several instances: a deactivation made on another one (here its
     * row written straight into the shared database) ends this instance's session at its next request, within
     * {@link SessionCutoffs#RECHECK}; a session signed in after it, and other people's, go on.
     */
    @Test
    void sessionsEndedOnAnotherInstanceEndHereAtTheirNextRequest() throws Exception {
        MockHttpSession before = signedInWithContext(world.memberA1);
        MockHttpSession colleague = signedInWithContext(world.secondMemberA1);
        assertThat(passesLifetimeFilter(before)).isTrue();

        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        jdbc.sql("insert into session_cutoff (username, ended_before) values (?, ?)")
                .params(world.memberA1, Timestamp.from(cutoff))
                .update();
        Thread.sleep(SessionCutoffs.RECHECK.toMillis() + 200);
        MockHttpSession after = signedInWithContext(world.memberA1);

        assertThat(passesLifetimeFilter(before))
                .as("signed in before the cutoff")
                .isFalse();
        assertThat(before.isInvalid()).isTrue();
        assertThat(passesLifetimeFilter(after)).as("signed in after it").isTrue();
        assertThat(passesLifetimeFilter(colleague)).isTrue();
    }

    @Test
    void changingOnesOwnPasswordKeepsTheSessionItWasChangedInOnEveryInstance() throws Exception {
        MockHttpSession here = signedInWithContext(world.memberA1);
        MockHttpSession elsewhere = signedInWithContext(world.memberA1);
        // The other session as another instance holds it: this one's registry never heard of it.
        registry.removeSessionInformation(elsewhere.getId());
        passesLifetimeFilter(here);
        passesLifetimeFilter(elsewhere);
        Thread.sleep(5);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/account/password");
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            Fixtures.signIn(world.memberA1);
            accounts.changeOwnPassword(Fixtures.PASSWORD, "our commune meets every tuesday");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(passesLifetimeFilter(here)).isTrue();
        assertThat(passesLifetimeFilter(elsewhere)).isFalse();
    }

    /** A session that went through sign-in, as {@link #signedIn} makes it, holding its security context. */
    private MockHttpSession signedInWithContext(String username) {
        MockHttpSession session = signedIn(username);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(principal(username), null, List.of())));
        return session;
    }

    /** Runs a request of the session through the chain's session lifetime filter; whether its session lives on. */
    private boolean passesLifetimeFilter(MockHttpSession session) throws Exception {
        Filter lifetime = securityFilterChain.getFilters().stream()
                .filter(SessionLifetimeFilter.class::isInstance)
                .findFirst()
                .orElseThrow();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        lifetime.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return !session.isInvalid();
    }

    /** A session the registry marks expired is signed out by the filter chain even if it is still alive. */
    @Test
    void theFilterChainSignsOutASessionMarkedExpired() throws Exception {
        MockHttpSession session = new MockHttpSession();
        registry.registerNewSession(session.getId(), principal(world.memberA1));
        registry.getSessionInformation(session.getId()).expireNow();

        List<Filter> filters = securityFilterChain.getFilters();
        Filter concurrent = filters.stream()
                .filter(ConcurrentSessionFilter.class::isInstance)
                .findFirst()
                .orElseThrow();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        concurrent.doFilter(request, response, new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    /** A new session, its id changed at sign-in as Spring Security does against fixation, then registered. */
    private MockHttpSession signedIn(String username) {
        MockHttpSession session = new MockHttpSession();
        events.publishEvent(new HttpSessionCreatedEvent(session));
        String anonymousId = session.getId();
        session.changeSessionId();
        events.publishEvent(new HttpSessionIdChangedEvent(session, anonymousId));
        registry.registerNewSession(session.getId(), principal(username));
        return session;
    }

    private static User principal(String username) {
        return new User(username, "", List.of());
    }

    private long idOf(String username) {
        return accounts.manageableUsers().stream()
                .filter(user -> user.username().equals(username))
                .mapToLong(UserSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
