package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.open;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.switchLanguage;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import io.nlc.testsupport.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser and servlet container: a deactivated person is signed out at their very next click, and the
 * administrators' hubs and cities screen fits a phone in Arabic.
 */
class AdministrationBrowserTest extends DemoBrowserTest {

    @Autowired
    OrganisationSetup setup;

    @Autowired
    UserAdministration accounts;

    @AfterEach
    void lastPage() {
        Fixtures.signOut();
        if (driver != null) {
            screenshot(driver, "30-administration-last-page");
        }
    }

    private void signInAs(String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        visible(driver, By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login"));
        visible(driver, By.cssSelector(".app-title"));
        settle(driver);
    }

    private int statusOfHomePage(String cookie) {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                    .header("Cookie", cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeactivatedMemberIsSignedOutAtOnceAndTheOrganisationScreenFitsAPhoneInArabic() {
        Fixtures world = new Fixtures(setup);
        driver = BrowserSupport.start(1280, 900);
        signInAs(world.memberA1);

        String cookie =
                "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(statusOfHomePage(cookie)).isEqualTo(200);

        Fixtures.signIn(world.admin);
        long member = accounts.manageableUsers().stream()
                .filter(user -> user.username().equals(world.memberA1))
                .mapToLong(UserSummary::id)
                .findFirst()
                .orElseThrow();
        accounts.setEnabled(member, false);

        // The session itself is gone on the server: the same cookie now only gets the way to sign in.
        assertThat(statusOfHomePage(cookie)).isEqualTo(302);
        // The next click inside the open page (no reload, no new page) already meets a signed-out session.
        visible(driver, By.cssSelector("vaadin-side-nav-item[path='about']")).click();
        waitFor(driver).until(d -> d.getCurrentUrl().contains("/login"));
        visible(driver, By.cssSelector("input[name='username']"));

        // A test administrator, so the demo one keeps its language for the other browser tests.
        signInAs(world.admin);
        open(driver, "http://localhost:" + port + "/organisation", By.cssSelector("table.hubs-table"));
        screenshot(driver, "31-organisation-hubs");
        visible(driver, By.cssSelector("vaadin-tab:nth-of-type(2)")).click();
        visible(driver, By.cssSelector("vaadin-grid.cities-table"));
        settle(driver);
        screenshot(driver, "32-organisation-cities");

        driver.manage().window().setSize(new Dimension(360, 800));
        switchLanguage(driver, "العربية");
        open(driver, "http://localhost:" + port + "/organisation", By.cssSelector("table.hubs-table"));
        assertThat(js(driver, "return document.documentElement.dir")).isEqualTo("rtl");
        visible(driver, By.cssSelector("vaadin-button.add-hub")).click();
        visible(driver, By.cssSelector("vaadin-text-field.name-ar"));
        settle(driver);
        screenshot(driver, "33-organisation-add-hub-phone-arabic");
        assertThat(js(driver, "return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
    }
}
