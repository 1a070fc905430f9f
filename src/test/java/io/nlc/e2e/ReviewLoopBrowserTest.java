package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.signIn;
import static io.nlc.e2e.BrowserSupport.signInAt;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * How the work really happens, in a real browser with the demo data: a member answers, the coordinator submits,
 * the advisor returns it with a comment, the member sees the comment and edits, the coordinator resubmits, the
 * advisor validates, and the hub portfolio shows the city as validated with its scores. Each person after the first
 * comes to the round by its link, signed out, and is brought back to it after signing in.
 */
class ReviewLoopBrowserTest extends DemoBrowserTest {

    private static final By CARDS = By.cssSelector(".theme-panel .item-card");

    @AfterEach
    void lastPage() {
        if (driver != null) {
            screenshot(driver, "19-review-loop-last-page");
        }
    }

    @Test
    void submitReturnEditResubmitValidateAndThePortfolioShowsIt() {
        driver = BrowserSupport.start(1280, 1000);

        signIn(driver, port, "coordinator.tangier");
        visible(driver, By.cssSelector("vaadin-button.start-assessment")).click();
        WebElement label = visible(driver, By.cssSelector("vaadin-text-field input"));
        label.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "Review loop");
        driver.findElement(By.cssSelector("vaadin-dialog-overlay vaadin-button[theme~='primary'], "
                        + "vaadin-button[theme~='primary']:not(.start-assessment)"))
                .click();
        waitFor(driver).until(d -> d.getCurrentUrl().matches(".*/assessments/\\d+$"));
        String url = driver.getCurrentUrl();

        signInAt(driver, "member.tangier", url, CARDS);
        answerFirstItem(2);

        signInAt(driver, "coordinator.tangier", url, CARDS);
        takeStep("workflow-submit", "Workshop covered the first theme only");
        waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".badge.status-submitted"))
                        .isEmpty());

        signInAt(driver, "advisor.mena", url, CARDS);
        visible(driver, By.cssSelector("vaadin-button.workflow-start-review")).click();
        settle(driver);
        waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".badge.status-in_review"))
                        .isEmpty());
        takeStep("workflow-return", "Please add the council decision as evidence for the first item");
        screenshot(driver, "10-returned-by-advisor");

        signInAt(driver, "member.tangier", url, CARDS);
        WebElement comment = waitFor(driver).until(d -> d.findElement(By.cssSelector(".advisor-comment")));
        assertThat((String) BrowserSupport.js(driver, "return arguments[0].textContent", comment))
                .contains("Please add the council decision as evidence for the first item", "Sarah Haddad");
        screenshot(driver, "11-returned-with-comment");
        answerFirstItem(3);

        signInAt(driver, "coordinator.tangier", url, CARDS);
        takeStep("workflow-submit", "Evidence added as asked");

        signInAt(driver, "advisor.mena", url, CARDS);
        visible(driver, By.cssSelector("vaadin-button.workflow-start-review")).click();
        settle(driver);
        takeStep("workflow-validate", "");
        waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".badge.status-validated"))
                        .isEmpty());

        visible(driver, By.cssSelector("vaadin-side-nav-item[path^='hubs/']")).click();
        waitFor(driver).until(d -> d.getCurrentUrl().matches(".*/hubs/\\d+$"));
        // Tangier's own row: other demo cities are validated too, and their scores may read the same.
        WebElement grid = visible(driver, By.cssSelector("vaadin-grid.portfolio-table"));
        List<String> cells = waitFor(driver)
                .until(d -> BrowserSupport.gridRows(d, grid).stream()
                        .filter(row -> row.getFirst().contains("Review loop"))
                        .findFirst()
                        .orElse(null));
        assertThat(cells.getFirst()).startsWith("Tangier · Review loop");
        assertThat(cells).anyMatch(cell -> cell.startsWith("Validated")).contains("75.0");
        screenshot(driver, "12-portfolio-validated");
    }

    private void answerFirstItem(int level) {
        WebElement card = driver.findElements(CARDS).getFirst();
        WebElement option = card.findElements(By.cssSelector(".level-choice .choice-option"))
                .get(level);
        BrowserSupport.js(driver, "arguments[0].scrollIntoView({block: 'center'})", option);
        option.click();
        settle(driver);
        waitFor(driver)
                .until(d -> card.findElement(By.cssSelector(".save-status"))
                        .getAttribute("class")
                        .contains("status-saved"));
    }

    /** Clicks a workflow button, writes the reason or comment in its dialog and confirms. */
    private void takeStep(String buttonClass, String text) {
        visible(driver, By.cssSelector("vaadin-button." + buttonClass)).click();
        // The confirmation first says what the step does; its field comes after that, maybe below the fold.
        WebElement field = waitFor(driver)
                .until(d -> d.findElements(By.cssSelector("vaadin-text-area.step-dialog-text textarea")).stream()
                        .findFirst()
                        .orElse(null));
        BrowserSupport.js(driver, "arguments[0].scrollIntoView({block: 'center'})", field);
        WebElement area = visible(driver, By.cssSelector("vaadin-text-area.step-dialog-text textarea"));
        if (!text.isEmpty()) {
            area.sendKeys(text);
        }
        visible(driver, By.cssSelector("vaadin-button.confirm-step")).click();
        settle(driver);
        waitFor(driver)
                .until(d -> d.findElements(By.cssSelector("vaadin-button.confirm-step")).stream()
                        .noneMatch(WebElement::isDisplayed));
    }
}
