package io.nlc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.content.Language;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page, as the server sends it, speaks the browser's best language among ours (its Accept-Language
 * header with its weights), French when none fits; a signed-in person's remembered language wins over the browser.
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
class VisitorLanguageTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup setup;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "en-US,en;q=0.9                 | en",
                "fr-MA,fr;q=0.9,en;q=0.8        | fr",
                "ar-MA,ar;q=0.9,fr;q=0.8        | ar",
                "de-DE,de;q=0.9,en;q=0.5        | en",
                "es-ES,es;q=0.9                 | fr",
                "none                           | fr",
                "en;q=0.2,ar;q=0.7              | ar",
            })
    void theSignInPageSpeaksTheBrowsersBestLanguage(String acceptLanguage, String expected) {
        String page = new WebClient(port, acceptLanguage).get("/login").body();
        assertThat(page).contains(htmlStart(expected));
        for (String language : new String[] {"en", "fr", "ar"}) {
            String title = translation(language, "login.tagline");
            if (language.equals(expected)) {
                assertThat(page).as(acceptLanguage).contains(title);
            } else {
                assertThat(page).as(acceptLanguage).doesNotContain(title);
            }
        }
    }

    @Test
    void aSignedInPersonsRememberedLanguageWinsOverTheBrowsers() {
        Fixtures world = new Fixtures(setup);
        String username = arabicSpeaker(world);
        WebClient browser = new WebClient(port, "en-US,en;q=0.9").signIn(username, Fixtures.PASSWORD);
        String home = browser.get("/about").body();
        assertThat(home).contains(htmlStart("ar")).contains(translation("ar", "app.title"));
        // And English for someone who chose English, whatever the browser says.
        WebClient other = new WebClient(port, "ar-MA,ar;q=0.9").signIn(world.memberA1, Fixtures.PASSWORD);
        assertThat(other.get("/about").body()).contains(htmlStart("en"));
    }

    @Test
    void afterTheSessionEndsTheSignInPageSpeaksTheLanguageThePersonLeftIn() {
        Fixtures world = new Fixtures(setup);
        String username = arabicSpeaker(world);
        WebClient browser = new WebClient(port, "fr-MA,fr;q=0.9").signIn(username, Fixtures.PASSWORD);
        assertThat(browser.get("/about").body()).contains(htmlStart("ar"));
        // The session ends (idle time, or the instance went away); the browser keeps its other cookies.
        browser.forgetSession();
        String page = browser.get("/login").body();
        assertThat(page).contains(htmlStart("ar")).contains(translation("ar", "login.tagline"));
        // A browser that was never signed in still gets the language it asks for.
        assertThat(new WebClient(port, "fr-MA,fr;q=0.9").get("/login").body()).contains(htmlStart("fr"));
    }

    /** A new member of city A1 who chose Arabic; returns the user name. */
    private String arabicSpeaker(Fixtures world) {
        String username = "arabic-" + UUID.randomUUID().toString().substring(0, 8);
        setup.user(
                username, Fixtures.PASSWORD, "Name of " + username, Role.CITY_MEMBER, world.cityA1, null, Language.AR);
        return username;
    }

    private static String htmlStart(String language) {
        return "<html lang=\"" + language + "\" dir=\"" + (language.equals("ar") ? "rtl" : "ltr") + "\"";
    }

    private static String translation(String language, String key) {
        String file = "/vaadin-i18n/translations" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (var in = VisitorLanguageTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }
}
