package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole app in a real browser with the demo data: a coordinator starts a round, a member answers every item of
 * the first theme, the results draw real charts, and Arabic turns the page right-to-left.
 */
class CityJourneyBrowserTest extends DemoBrowserTest {

    @Test
    void coordinatorStartsMemberAnswersResultsDrawChartsAndArabicIsRightToLeft() {
        driver = BrowserSupport.start(1280, 1000);

        BrowserSupport.signIn(driver, port, "coordinator.tangier");
        screenshot(driver, "01-home-coordinator");
        visible(driver, By.cssSelector("vaadin-button.start-assessment")).click();
        WebElement dialogLabel = visible(
                driver, By.cssSelector("vaadin-dialog-overlay vaadin-text-field input, " + "vaadin-text-field input"));
        dialogLabel.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Browser round");
        screenshot(driver, "02-start-dialog");
        BrowserSupport.clickButtonWithText(
                driver, js(driver, "return document.documentElement.lang").equals("fr") ? "Commencer" : "Start");
        waitFor(driver).until(d -> d.getCurrentUrl().matches(".*/assessments/\\d+$"));
        String questionnaireUrl = driver.getCurrentUrl();
        driver.manage().deleteAllCookies();

        BrowserSupport.signIn(driver, port, "member.tangier");
        driver.get(questionnaireUrl);
        List<WebElement> cards = waitFor(driver).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".theme-panel .item-card"));
            return found.isEmpty() ? null : found;
        });
        int level = 0;
        for (WebElement card : cards) {
            List<WebElement> options = card.findElements(By.cssSelector(".level-choice .choice-option"));
            assertThat(options).hasSize(7);
            WebElement option = options.get(level++ % 5);
            js(driver, "arguments[0].scrollIntoView({block: 'center'})", option);
            option.click();
            settle(driver);
            waitFor(driver)
                    .until(d -> card.findElement(By.cssSelector(".save-status"))
                            .getAttribute("class")
                            .contains("status-saved"));
        }
        screenshot(driver, "03-theme-answered");
        WebElement firstThemeButton = driver.findElement(By.cssSelector(".theme-nav .theme-button.current"));
        assertThat(firstThemeButton.getAttribute("class")).contains("complete");
        assertThat(firstThemeButton.getText()).contains(cards.size() + "/" + cards.size());

        driver.get(questionnaireUrl + "/results");
        WebElement radar = visible(driver, By.id("radar-chart"));
        waitFor(driver)
                .until(d -> Boolean.TRUE.equals(js(
                        d,
                        "const c = arguments[0];"
                                + " const canvas = c.shadowRoot && c.shadowRoot.querySelector('canvas');"
                                + " return !!c.chart && !!canvas && canvas.width > 0 && canvas.height > 0",
                        radar)));
        WebElement gaps = driver.findElement(By.id("gap-chart"));
        waitFor(driver)
                .until(d -> Boolean.TRUE.equals(js(
                        d,
                        "return !!arguments[0].chart" + " && arguments[0].chart.data.datasets[0].data.length > 0",
                        gaps)));
        assertThat(driver.findElements(By.cssSelector(".suggested-actions li"))).isNotEmpty();
        screenshot(driver, "04-results");

        BrowserSupport.switchLanguage(driver, "العربية");
        waitFor(driver).until(d -> "rtl".equals(js(d, "return document.documentElement.dir")));
        assertThat(js(driver, "return document.documentElement.lang")).isEqualTo("ar");
        WebElement arabicRadar = visible(driver, By.id("radar-chart"));
        waitFor(driver)
                .until(d -> Boolean.TRUE.equals(js(
                        d,
                        "return !!arguments[0].chart" + " && arguments[0].chart.options.plugins.legend.rtl === true",
                        arabicRadar)));
        screenshot(driver, "05-results-arabic");

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        driver.get(questionnaireUrl);
        visible(driver, By.cssSelector(".theme-panel .item-card"));
        settle(driver);
        assertThat((Long) js(driver, "return document.documentElement.scrollWidth"))
                .as("no horizontal scrolling at phone width")
                .isLessThanOrEqualTo(360L + 1);
        screenshot(driver, "06-questionnaire-phone-arabic");
    }
}
