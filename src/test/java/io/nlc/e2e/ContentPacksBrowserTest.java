package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.open;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.switchLanguage;
import static io.nlc.e2e.BrowserSupport.visible;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.content.FrameworkCatalog;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The content packs screen in a real browser: a pack uploaded through the upload field shows its diff and the
 * activation asks first (1280 px, English); a broken pack's problems and a kept pack's diff with its glossary
 * warning fit a 390 px phone in Arabic, right to left, without sideways scrolling. The uploads stay in this context, which is closed after.
 */
@Tag("browser")
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ContentPacksBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    FrameworkCatalog catalog;

    @TempDir
    Path dir;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        Fixtures.signOut();
        if (driver != null) {
            screenshot(driver, "44-content-packs-last-page");
            driver.quit();
        }
    }

    @Test
    void aPackShowsItsDiffAndActivationAsksFirstAndTheScreenFitsAPhoneInArabic() throws IOException {
        Fixtures world = new Fixtures(setup);
        int next = catalog.current().version() + 1;
        Path good = dir.resolve("framework-v" + next + ".zip");
        Files.write(good, TestPacks.edited(next, files -> {
            files.put(
                    "themes/t1.yaml",
                    files.get("themes/t1.yaml")
                            .replace(
                                    "question: {en: \"Question T1.1?\", fr: \"Question T1.1 ?\"",
                                    "question: {en: \"Does the commune have a named contact?\", fr: \"La commune a-t-elle un contact désigné ?\"")
                            .replace("Guidance T1.2.\", fr", "What to look at for T1.2.\", fr")
                            // A form the glossary says to avoid: a warning, shown with the diff.
                            .replace("ar: \"توجيهات T1.3.\"", "ar: \"لجنة التعاون الوطني المحلي.\""));
            files.put("framework.yaml", files.get("framework.yaml").replace("  - themes/m3.yaml\n", ""));
        }));
        Path broken = dir.resolve("broken.zip");
        Files.write(broken, TestPacks.edited(next, files -> {
            files.put("themes/t2.yaml", "id: [T2");
            files.put("themes/t1.yaml", files.get("themes/t1.yaml").replace("weight: 3", "weight: -1"));
        }));

        driver = BrowserSupport.start(1280, 900);
        BrowserSupport.signIn(driver, port, world.admin, Fixtures.PASSWORD);
        open(driver, "http://localhost:" + port + "/content-packs", By.cssSelector("table.content-packs-versions"));
        upload(good);
        visible(driver, By.cssSelector(".content-pack-result[data-outcome='kept'] table.diff-items"));
        settle(driver);
        screenshot(driver, "40-content-packs-diff");
        click(By.cssSelector("vaadin-button.activate-pack"));
        visible(driver, By.cssSelector("vaadin-button.confirm-action"));
        settle(driver);
        screenshot(driver, "41-content-packs-confirm");
        click(By.cssSelector("vaadin-button.cancel-action"));
        settle(driver);
        assertThat(catalog.current().version()).isEqualTo(next - 1);

        driver.manage().window().setSize(new Dimension(390, 844));
        switchLanguage(driver, "العربية");
        open(driver, "http://localhost:" + port + "/content-packs", By.cssSelector("table.content-packs-versions"));
        assertThat(js(driver, "return document.documentElement.dir")).isEqualTo("rtl");
        upload(broken);
        visible(driver, By.cssSelector(".content-pack-result[data-outcome='refused'] table.content-pack-problems"));
        settle(driver);
        screenshot(driver, "42-content-packs-refused-phone-arabic");
        assertThat(js(driver, "return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        // The pending version's card, scrolled into view and clicked as a person would.
        js(
                driver,
                "const b = document.querySelector('vaadin-button.show-changes'); b.scrollIntoView({block: 'center'}); b.click()");
        settle(driver);
        visible(driver, By.cssSelector(".content-pack-result[data-outcome='kept'] table.diff-items"));
        visible(driver, By.cssSelector(".content-pack-result .pack-warnings table.content-pack-warnings"));
        settle(driver);
        screenshot(driver, "43-content-packs-diff-phone-arabic");
        assertThat(js(driver, "return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
    }

    private void click(By button) {
        org.openqa.selenium.WebElement element = visible(driver, button);
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Gives the file to the upload field's own file input, as choosing it in the file dialog does. */
    private void upload(Path file) {
        visible(driver, By.cssSelector("vaadin-upload.content-pack-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
    }
}
