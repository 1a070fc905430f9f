package io.nlc.testsupport;

import com.vaadin.flow.server.VaadinSession;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A world of two hubs for tests: hub A with cities A1 and A2, hub B with city B1, and one user per role (the
 * national focal point rates A1 and B1).
 * Names carry a random suffix so several worlds live in one database.
 */
public final class Fixtures {

    public static final String PASSWORD = "test-password-1";
    /** The role of every user a world made, so that signing in gives the authorities a real sign-in gives. */
    private static final Map<String, Role> ROLES = new ConcurrentHashMap<>();

    public final long hubA;
    public final long hubB;
    public final long cityA1;
    public final long cityA2;
    public final long cityB1;
    public final String coordinatorA1;
    public final String memberA1;
    public final String secondMemberA1;
    public final String coordinatorA2;
    public final String memberB1;
    public final String advisorA;
    public final String advisorB;
    public final String admin;
    /** An invited stakeholder of city A1 (a rater account): reaches only the items opened to it. */
    public final String raterA1;
    /** A national focal point rating city A1 and city B1 (across hubs), not city A2. */
    public final String nationalA1B1;

    public Fixtures(OrganisationSetup setup) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        hubA = setup.hub("A-" + s, text("Hub A " + s));
        hubB = setup.hub("B-" + s, text("Hub B " + s));
        cityA1 = setup.city(
                "A1-" + s, new CityDetails(hubA, text("City A1 " + s), "Province A", "إقليم أ", "Region A", "جهة أ"));
        cityA2 = setup.city(
                "A2-" + s, new CityDetails(hubA, text("City A2 " + s), "Province A", "إقليم أ", "Region A", "جهة أ"));
        cityB1 = setup.city(
                "B1-" + s, new CityDetails(hubB, text("City B1 " + s), "Province B", "إقليم ب", "Region B", "جهة ب"));
        coordinatorA1 = user(setup, "coord-a1-" + s, Role.CITY_COORDINATOR, cityA1, null);
        memberA1 = user(setup, "member-a1-" + s, Role.CITY_MEMBER, cityA1, null);
        secondMemberA1 = user(setup, "member2-a1-" + s, Role.CITY_MEMBER, cityA1, null);
        coordinatorA2 = user(setup, "coord-a2-" + s, Role.CITY_COORDINATOR, cityA2, null);
        memberB1 = user(setup, "member-b1-" + s, Role.CITY_MEMBER, cityB1, null);
        advisorA = user(setup, "advisor-a-" + s, Role.HUB_ADVISOR, null, hubA);
        advisorB = user(setup, "advisor-b-" + s, Role.HUB_ADVISOR, null, hubB);
        admin = user(setup, "admin-" + s, Role.ADMINISTRATOR, null, null);
        raterA1 = user(setup, "rater-a1-" + s, Role.RATER, cityA1, null);
        nationalA1B1 = "national-" + s;
        ROLES.put(nationalA1B1, Role.NATIONAL_FOCAL_POINT);
        setup.focalPoint(nationalA1B1, PASSWORD, "Name of " + nationalA1B1, Set.of(cityA1, cityB1), Language.EN);
    }

    private static String user(OrganisationSetup setup, String username, Role role, Long city, Long hub) {
        setup.user(username, PASSWORD, "Name of " + username, role, city, hub, Language.EN);
        ROLES.put(username, role);
        return username;
    }

    private static LocalizedText text(String name) {
        return new LocalizedText(name, name + " (fr)", name + " (ar)");
    }

    /** Acts as the given user for the rest of the test (or until the next call). */
    public static void signIn(String username) {
        signIn(username, ROLES.get(username));
    }

    /** Acts as a user the world did not make (a demo user, a new account), with the role it has if known. */
    public static void signIn(String username, @Nullable Role role) {
        SecurityContextHolder.getContext().setAuthentication(authentication(username, role));
    }

    /**
     * What a real sign-in keeps in the person's HTTP session: Vaadin reads it there for work done on their screen
     * from another thread ({@code ui.access}), whoever's thread it is.
     */
    public static void signInSession(VaadinSession session, String username) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(username, ROLES.get(username)));
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    private static Authentication authentication(String username, @Nullable Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(role == null ? "ROLE_USER" : "ROLE_" + role.name()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
