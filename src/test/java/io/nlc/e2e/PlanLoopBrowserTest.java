package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.open;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.signIn;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.SavedAnswer;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12's loop in one take, with the demo data: Fès's coordinator (French) takes a suggested action from the
 * results into the plan, marks it done, follows the offer to re-rate, changes a carried-over level with a
 * justification; "what changed" shows it with the trend; the hub advisor (English) reads the plan's progress in the
 * portfolio; a team member reads the plan in Arabic on a phone. Its own application context and database (the
 * application name differs), because it changes Fès's plan and answers that other journeys read.
 */
@Tag("browser")
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "nlc.demo.enabled=true",
            ShippedContent.PROPERTY,
            "spring.application.name=nlc-plan-loop"
        })
class PlanLoopBrowserTest {

    private static final String OUTSIDE_OWNER = "Province de Fès";
    private static final String WHY = "La charte signée en juin a changé la donne";

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionPlans plans;

    @Autowired
    I18NProvider translations;

    private final List<ChromeDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        for (int i = 0; i < drivers.size(); i++) {
            screenshot(drivers.get(i), "plan-loop-" + i + "-last-page");
            drivers.get(i).quit();
        }
        Fixtures.signOut();
    }

    @Test
    void fromAGapToAnActionDoneAReRatingWhatChangedAndThePortfolio() {
        Fixtures.signIn("coordinator.fes");
        AssessmentSummary fes2026 = assessments.visibleAssessments().stream()
                .filter(round -> round.roundLabel().equals("2026"))
                .findFirst()
                .orElseThrow();
        long cityId = fes2026.city().id();
        Fixtures.signOut();

        // 1. From a gap without an action to the plan.
        ChromeDriver coordinator = start(1280, 1000);
        signIn(coordinator, port, "coordinator.fes");
        open(
                coordinator,
                "http://localhost:" + port + "/assessments/" + fes2026.id() + "/results",
                By.cssSelector(".suggested-actions"));
        int unplannedBefore = count(coordinator, ".suggested-actions .gap-unplanned");
        assertThat(unplannedBefore).as("Fès 2026 has gaps without an action").isPositive();
        WebElement add = (WebElement) js(coordinator, """
                const gap = document.querySelector('.suggested-actions .gap-unplanned');
                return gap.nextElementSibling.querySelector('.add-to-plan');""");
        click(coordinator, add);
        WebElement title = visible(coordinator, By.cssSelector(".action-title input"));
        String actionTitle = title.getDomProperty("value");
        assertThat(actionTitle).as("the dialog starts from the suggestion").isNotBlank();
        List<WebElement> ownerKinds = coordinator.findElements(By.cssSelector(".owner-kind vaadin-radio-button input"));
        click(coordinator, ownerKinds.get(1));
        visible(coordinator, By.cssSelector(".owner-outside input")).sendKeys(OUTSIDE_OWNER);
        click(coordinator, visible(coordinator, By.cssSelector("vaadin-button.save-action")));
        settle(coordinator);
        waitFor(coordinator).until(d -> count(d, ".suggested-actions .gap-unplanned") == unplannedBefore - 1);
        screenshot(coordinator, "plan-loop-10-results-action-taken");

        Fixtures.signIn("coordinator.fes");
        PlannedAction taken = plans.plan(cityId, PlanFilter.all()).stream()
                .filter(action -> action.title().equals(actionTitle))
                .findFirst()
                .orElseThrow();
        assertThat(taken.owner()).isEqualTo(OUTSIDE_OWNER);
        assertThat(taken.status()).isEqualTo(ActionStatus.PLANNED);
        String itemId = taken.targets().stream()
                .filter(target -> target.contains("."))
                .findFirst()
                .orElseThrow();
        SavedAnswer before = assessments.answers(fes2026.id()).get(itemId);
        assertThat(before.carryOver()).as(itemId + " came over from 2025").isNotNull();
        int oldLevel = before.draft().level();
        int newLevel = oldLevel == 4 ? 3 : oldLevel + 1;
        Fixtures.signOut();

        // 2. Done, and the offer to re-rate what it addressed.
        open(coordinator, "http://localhost:" + port + "/cities/" + cityId + "/plan", By.cssSelector(".plan-page"));
        WebElement opener = waitFor(coordinator)
                .until(d -> d.findElements(By.cssSelector(".action-open")).stream()
                        .filter(link -> unisolated(link.getText()).equals(actionTitle))
                        .findFirst()
                        .orElse(null));
        assertThat(fitsTheWidth(coordinator))
                .as("a long title wraps in its cell")
                .isTrue();
        click(coordinator, opener);
        click(coordinator, visible(coordinator, By.cssSelector("vaadin-select.next-status")));
        String done = translations.getTranslation("plan.status.DONE", Locale.FRENCH);
        click(
                coordinator,
                waitFor(coordinator)
                        .until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                                .filter(option -> option.isDisplayed()
                                        && option.getText().strip().equals(done))
                                .findFirst()
                                .orElse(null)));
        click(coordinator, visible(coordinator, By.cssSelector("vaadin-button.change-status")));
        settle(coordinator);
        WebElement rerate = waitFor(coordinator)
                .until(d -> d.findElements(By.cssSelector(".rerate .rerate-link")).stream()
                        .filter(link ->
                                link.isDisplayed() && unisolated(link.getText()).startsWith(itemId))
                        .findFirst()
                        .orElse(null));
        screenshot(coordinator, "plan-loop-20-done-offers-rerating");
        click(coordinator, rerate);

        // 3. Re-rating a carried-over level takes a justification.
        WebElement card = visible(coordinator, By.id("item-" + itemId));
        List<WebElement> levels = card.findElements(By.cssSelector(".level-choice .choice-option input"));
        click(coordinator, levels.get(newLevel));
        WebElement why = visible(
                coordinator, By.cssSelector("#item-" + itemId.replace(".", "\\.") + " .justification textarea"));
        why.sendKeys(WHY);
        click(
                coordinator,
                visible(
                        coordinator,
                        By.cssSelector("#item-" + itemId.replace(".", "\\.") + " vaadin-button.save-justified")));
        settle(coordinator);
        Fixtures.signIn("coordinator.fes");
        waitFor(coordinator).until(d -> {
            SavedAnswer now = assessments.answers(fes2026.id()).get(itemId);
            return now.version() > before.version() ? now : null;
        });
        SavedAnswer after = assessments.answers(fes2026.id()).get(itemId);
        assertThat(after.draft().level()).isEqualTo(newLevel);
        assertThat(plans.action(taken.id()).status()).isEqualTo(ActionStatus.DONE);
        Fixtures.signIn("advisor.mena");
        var progress = plans.hubProgress(fes2026.city().hubId()).get(cityId);
        Fixtures.signOut();
        screenshot(coordinator, "plan-loop-30-rerated");

        // 4. What changed since 2025, with the justification, and the trend.
        open(
                coordinator,
                "http://localhost:" + port + "/cities/" + cityId + "/changes",
                By.cssSelector(".changes-page"));
        waitFor(coordinator)
                .until(d -> d.findElements(By.cssSelector(".changes-comparison")).stream()
                        .anyMatch(section -> section.getText().contains(WHY)));
        WebElement trend = visible(coordinator, By.id("trend-chart"));
        waitFor(coordinator).until(d -> Boolean.TRUE.equals(js(d, "return !!arguments[0].chart", trend)));
        assertThat((Long) js(coordinator, "return arguments[0].chart.data.labels.length", trend))
                .as("2024 and 2025 validated at least")
                .isGreaterThanOrEqualTo(2L);
        screenshot(coordinator, "plan-loop-40-what-changed");

        // 5. The advisor reads the plan's progress in the portfolio.
        ChromeDriver advisor = start(1280, 1000);
        signIn(advisor, port, "advisor.mena");
        open(
                advisor,
                "http://localhost:" + port + "/hubs/" + fes2026.city().hubId(),
                By.cssSelector(".portfolio-plan"));
        String cell = translations.getTranslation(
                "portfolio.plan.cell", Locale.ENGLISH, progress.done(), progress.actions(), progress.overdue());
        assertThat(progress.done()).isPositive();
        waitFor(advisor)
                .until(d -> d.findElements(By.cssSelector(".portfolio-plan")).stream()
                        .anyMatch(link -> unisolated(link.getText()).equals(cell)
                                && link.getAttribute("href").contains("/cities/" + cityId + "/plan")));
        screenshot(advisor, "plan-loop-50-portfolio");

        // 6. A team member reads the plan in Arabic on a phone: right to left, nothing sideways.
        ChromeDriver member = start(390, 844);
        signIn(member, port, "member.fes");
        open(member, "http://localhost:" + port + "/cities/" + cityId + "/plan", By.cssSelector(".plan-page"));
        assertThat(js(member, "return document.documentElement.dir")).isEqualTo("rtl");
        waitFor(member)
                .until(d ->
                        d.findElement(By.cssSelector(".plan-page")).getText().contains(actionTitle));
        assertThat(fitsTheWidth(member)).as("no sideways scrolling").isTrue();
        screenshot(member, "plan-loop-60-plan-arabic-phone");
    }

    /** Nothing on the page is wider than the window, in the app layout's scrolling content either. */
    private static boolean fitsTheWidth(ChromeDriver driver) {
        return Boolean.TRUE.equals(js(driver, """
                return [document.documentElement, ...document.querySelectorAll('[content], .page')]
                    .every(e => e.scrollWidth <= e.clientWidth + 1);"""));
    }

    /** What one reads, without the invisible isolate marks around user text (Formats.isolate). */
    private static String unisolated(String text) {
        return text.replaceAll("[\u2066-\u2069]", "").strip();
    }

    private static int count(org.openqa.selenium.WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private ChromeDriver start(int width, int height) {
        ChromeDriver driver = BrowserSupport.start(width, height);
        drivers.add(driver);
        return driver;
    }
}
