package io.nlc.e2e;

import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real Chromium against the production-mode app on a random port, with the demo data and the shipped
 * content: every such class shares one Spring context. A browser a test starts is closed after it, once the
 * subclass's own clean-up (a last screenshot, signing out) has run.
 */
@Tag("browser")
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
abstract class DemoBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
