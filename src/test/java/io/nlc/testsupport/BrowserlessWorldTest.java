package io.nlc.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.nlc.organisation.OrganisationSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A browserless view test with a fresh two-hub world ({@link Fixtures}) before each test, signed out after it. */
public abstract class BrowserlessWorldTest extends SpringBrowserlessTest {

    @Autowired
    protected OrganisationSetup setup;

    protected Fixtures world;

    @BeforeEach
    void createWorld() {
        world = new Fixtures(setup);
    }

    @AfterEach
    void signOutAfterTest() {
        Fixtures.signOut();
    }
}
