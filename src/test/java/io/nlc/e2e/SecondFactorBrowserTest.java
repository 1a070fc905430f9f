package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.secondfactor.Totp;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An advisor signs in with a second factor, in Chromium, with the requirement on as in production: the first sign-in
 * leads to setting it up (QR code, secret, a code, recovery codes); the next asks for a code after the password and
 * then opens the app; the same code once more is refused.
 */
@Tag("browser")
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.second-factor.required=true"})
class SecondFactorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup setup;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anAdvisorSetsUpASecondFactorThenSignsInWithIt() {
        Fixtures world = new Fixtures(setup);
        driver = BrowserSupport.start(1280, 900);

        password(world.advisorA);
        // Signed in, but every page shows the setup until it is done.
        visible(driver, By.cssSelector("img.second-factor-qr"));
        String secret = visible(driver, By.cssSelector(".second-factor-secret")).getText();
        screenshot(driver, "second-factor-setup");
        type(Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now())));
        driver.findElement(By.cssSelector("vaadin-button.second-factor-confirm"))
                .click();
        assertThat(visible(driver, By.cssSelector(".recovery-codes")).getText().lines())
                .hasSize(10);
        driver.findElement(By.cssSelector("vaadin-button.recovery-codes-saved")).click();
        waitFor(driver).until(d -> d.getCurrentUrl().equals("http://localhost:" + port + "/"));

        password(world.advisorA);
        waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/second-factor"));
        driver.get("http://localhost:" + port + "/hubs/" + world.hubA);
        waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).isNotNull();

        password(world.advisorA);
        waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/second-factor"));
        // The phone a step ahead: the setup's own code is spent.
        String code = Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now()) + 1);
        type(code + Keys.ENTER);
        visible(driver, By.cssSelector(".app-title"));
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("second-factor"));
        driver.get("http://localhost:" + port + "/hubs/" + world.hubA);
        visible(driver, By.cssSelector(".app-title"));
        assertThat(driver.getCurrentUrl()).endsWith("/hubs/" + world.hubA);
        screenshot(driver, "second-factor-signed-in");

        password(world.advisorA);
        waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/second-factor"));
        type(code + Keys.ENTER);
        waitFor(driver)
                .until(d -> Boolean.TRUE.equals(d.findElement(By.cssSelector("vaadin-text-field.second-factor-code"))
                        .getDomProperty("invalid")
                        .equals("true")));
        assertThat(driver.getCurrentUrl()).as("a replayed code is refused").endsWith("/second-factor");
    }

    private void password(String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        visible(driver, By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitFor(driver).until(d -> !d.getCurrentUrl().endsWith("/login"));
        settle((WebDriver) driver);
    }

    private void type(String text) {
        visible(driver, By.cssSelector("vaadin-text-field.second-factor-code input"))
                .sendKeys(text);
    }
}
