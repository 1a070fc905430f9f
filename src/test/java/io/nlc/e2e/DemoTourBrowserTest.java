package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.open;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.signIn;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the hub advisor sees of the demo: a portfolio where cities differ (completeness, trends up and down) and
 * Fès 2026's results with the national view and the peer median on the radar. Other browser tests share this
 * context and may add rounds to Tangier, so only the other cities' rows are checked.
 */
class DemoTourBrowserTest extends DemoBrowserTest {

    @Autowired
    AssessmentService assessments;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theAdvisorSeesCitiesThatDifferAndFesResultsWithTheNationalViewAndThePeerMedian() {
        driver = BrowserSupport.start(1280, 1000);
        signIn(driver, port, "advisor.mena");
        visible(driver, By.cssSelector("vaadin-side-nav-item[path^='hubs/']")).click();
        WebElement grid = visible(driver, By.cssSelector("vaadin-grid.portfolio-table"));
        // The portfolio opens on each city's latest round of any status; this tour compares validated rounds.
        waitFor(driver)
                .until(d -> d.findElements(By.cssSelector("vaadin-radio-button")).stream()
                        .filter(radio -> radio.getText().strip().equals("Latest validated round"))
                        .findFirst()
                        .orElse(null))
                .click();
        settle(driver);
        List<List<String>> rows = waitFor(driver).until(d -> {
            List<List<String>> found = BrowserSupport.gridRows(d, grid);
            return found.size() >= 6 ? found : null;
        });
        settle(driver);
        screenshot(driver, "40-demo-portfolio-validated");
        List<List<String>> others = rows.stream()
                .filter(row -> !row.getFirst().startsWith("Tangier"))
                .toList();
        List<List<String>> validated = others.stream()
                .filter(row -> row.get(1).startsWith("Validated"))
                .toList();
        assertThat(validated).as("Fès, Rabat, Tétouan and Agadir").hasSize(4);
        assertThat(validated.stream().map(row -> row.get(2)).distinct())
                .as("completeness")
                .hasSize(4);
        assertThat(validated.stream().map(row -> row.get(3)).toList())
                .as("trends")
                .anyMatch(index -> index.contains("▲"))
                .anyMatch(index -> index.contains("▼"));

        Fixtures.signIn("coordinator.fes");
        long fes2026 = assessments.visibleAssessments().stream()
                .filter(round -> round.roundLabel().equals("2026"))
                .mapToLong(AssessmentSummary::id)
                .findFirst()
                .orElseThrow();
        driver.manage().window().setSize(new Dimension(1280, 2600));
        open(driver, "http://localhost:" + port + "/assessments/" + fes2026 + "/results", By.id("radar-chart"));
        WebElement radar = driver.findElement(By.id("radar-chart"));
        waitFor(driver).until(d -> Boolean.TRUE.equals(js(d, "return !!arguments[0].chart", radar)));
        assertThat((Long) js(driver, "return arguments[0].chart.data.datasets.length", radar))
                .as("current, target, national view and peer median")
                .isEqualTo(4L);
        assertThat(driver.findElements(By.cssSelector(".no-peers"))).isEmpty();
        visible(driver, By.cssSelector("table.divergence-table"));
        settle(driver);
        screenshot(driver, "41-demo-fes-2026-results");
    }
}
