package io.nlc.testsupport;

import io.nlc.organisation.OrganisationSetup;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A service test with a fresh two-hub world ({@link Fixtures}) and a random suffix for new names before each test,
 * signed out after it. Subclasses' own set-up runs after this one, so it can use the world.
 */
public abstract class WorldTest {

    @Autowired
    protected OrganisationSetup setup;

    protected Fixtures world;
    protected String suffix;

    @BeforeEach
    void createWorld() {
        world = new Fixtures(setup);
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void signOutAfterTest() {
        Fixtures.signOut();
    }
}
