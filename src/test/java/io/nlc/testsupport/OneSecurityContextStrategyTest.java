package io.nlc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContextManager;

class OneSecurityContextStrategyTest {

    /** The configuration most in-process tests share. */
    @SpringBootTest
    static class Earlier {}

    /** A context of its own, so that it starts after the earlier one, as contexts do one after another in a run. */
    @SpringBootTest(properties = "nlc.test.context=one-security-context-strategy")
    static class Later {}

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whoIsSignedInStaysVisibleToAContextStartedBeforeAnother() throws Exception {
        ApplicationContext earlier = contextOf(Earlier.class);
        contextOf(Later.class);

        // As the tests sign in (Fixtures.signIn) and as a server's filters do, through the global holder.
        var coordinator = UsernamePasswordAuthenticationToken.authenticated(
                "coordinator", null, AuthorityUtils.createAuthorityList("ROLE_CITY_COORDINATOR"));
        SecurityContextHolder.getContext().setAuthentication(coordinator);

        assertThat(earlier.getBean(SecurityContextHolderStrategy.class)
                        .getContext()
                        .getAuthentication())
                .as("what the earlier context's security reads")
                .isSameAs(coordinator);
    }

    private static ApplicationContext contextOf(Class<?> testClass) throws Exception {
        return new TestContextManager(testClass).getTestContext().getApplicationContext();
    }
}
