package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.awaitAnimations;
import static io.nlc.e2e.BrowserSupport.open;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.signIn;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import io.nlc.assessment.AssessmentService;
import io.nlc.organisation.Role;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import io.nlc.workshop.Raters;
import io.nlc.workshop.WorkshopSession;
import io.nlc.workshop.Workshops;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A workshop in real browsers with the demo data: Fès's coordinator drives five questions on the projector with the
 * keyboard only, while Nadia and the police rate from phone-sized windows; the projector's tally follows each rating
 * through server push, each digit records the agreed level, and the phones follow each move through push too.
 */
@Tag("browser")
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
class WorkshopBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Raters raters;

    @Autowired
    Workshops workshops;

    @Autowired
    AssessmentService assessments;

    @Autowired
    I18NProvider translations;

    private final List<ChromeDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        for (int i = 0; i < drivers.size(); i++) {
            screenshot(drivers.get(i), "workshop-" + i + "-last-page");
            drivers.get(i).quit();
        }
        Fixtures.signOut();
    }

    @Test
    void theFacilitatorDrivesFiveQuestionsByKeyboardWhileTwoPhonesRateAndTheTallyFollows() {
        Fixtures.signIn("police.fes", Role.RATER);
        long round = raters.myTasks().getFirst().assessmentId();
        Fixtures.signIn("coordinator.fes");
        WorkshopSession session = workshops.start(round, List.of("T1", "T2"));
        assertThat(session.itemIds()).hasSizeGreaterThanOrEqualTo(5);
        Fixtures.signOut();

        ChromeDriver projector = start(1280, 900);
        signIn(projector, port, "coordinator.fes");
        open(
                projector,
                "http://localhost:" + port + "/assessments/" + round + "/workshop",
                By.cssSelector(".workshop-code"));
        ChromeDriver nadia = start(390, 844);
        ChromeDriver police = start(390, 844);
        for (var entry : List.of(java.util.Map.entry(nadia, "member.fes"), java.util.Map.entry(police, "police.fes"))) {
            signIn(entry.getKey(), port, entry.getValue());
            open(
                    entry.getKey(),
                    "http://localhost:" + port + "/workshop/" + session.code(),
                    By.cssSelector(".rating-card"));
        }

        for (int question = 0; question < 5; question++) {
            rate(nadia, question % 5);
            if (question == 0) {
                assertPageEndClearOfConfirmation(nadia);
            }
            rate(police, (question + 1) % 5);
            if (question == 0) {
                assertPageEndClearOfConfirmation(police);
            }
            String rated = translations.getTranslation("workshop.tally.rated", Locale.FRENCH, 2, 2);
            waitFor(projector)
                    .until(d -> d.findElement(By.cssSelector(".tally-rated"))
                            .getText()
                            .equals(rated));
            projector.findElement(By.cssSelector(".workshop-note textarea")).sendKeys("Reason " + question, Keys.TAB);
            new Actions(projector).sendKeys(String.valueOf(question % 5)).perform();
            String itemId = session.itemIds().get(question);
            int level = question % 5;
            waitFor(projector).until(d -> agreedLevel(round, itemId) == level);
            if (question < 4) {
                new Actions(projector).sendKeys(Keys.ARROW_RIGHT).perform();
                String next = session.itemIds().get(question + 1);
                waitFor(projector)
                        .until(d -> d.findElement(By.cssSelector(".workshop-question"))
                                .getText()
                                .contains(next));
                // The phones follow the facilitator by push, without a reload.
                for (ChromeDriver phone : List.of(nadia, police)) {
                    waitFor(phone)
                            .until(d -> d.findElement(By.cssSelector(".rating-card .item-question"))
                                    .getText()
                                    .contains(next));
                }
            }
        }
        Fixtures.signIn("coordinator.fes");
        assertThat(workshops.current(round).orElseThrow().currentIndex()).isEqualTo(4);
    }

    private Integer agreedLevel(long round, String itemId) {
        Fixtures.signIn("coordinator.fes");
        try {
            var answer = assessments.answers(round).get(itemId);
            return answer == null || answer.level() == null ? -1 : answer.level();
        } finally {
            Fixtures.signOut();
        }
    }

    /** Chooses a level on the phone's rating card and saves it. */
    private static void rate(ChromeDriver phone, int level) {
        waitFor(phone)
                .until(d -> d.findElements(By.cssSelector(".rating-card .choice-option input"))
                                .size()
                        == 7);
        // A level's option holds its whole descriptor, taller than a phone's screen: click its radio input.
        click(
                phone,
                phone.findElements(By.cssSelector(".rating-card .choice-option input"))
                        .get(level));
        click(phone, visible(phone, By.cssSelector(".rating-card vaadin-button.save-rating")));
        settle(phone);
    }

    /**
     * While the confirmation of a save shows at the bottom of the screen (4 s), the page scrolled to its end still shows
     * all it holds: the others' levels that the save revealed, and the note under the card.
     */
    private static void assertPageEndClearOfConfirmation(ChromeDriver phone) {
        waitFor(phone)
                .until(d ->
                        !d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
        phone.executeScript("""
                const scrollToEnd = (root) => { for (const box of root.querySelectorAll('*')) {
                    if (box.scrollHeight > box.clientHeight) box.scrollTop = box.scrollHeight;
                    if (box.shadowRoot) scrollToEnd(box.shadowRoot); } };
                document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
                scrollToEnd(document);""");
        awaitAnimations(phone);
        Object overlap = phone.executeScript("""
                const content = [...document.querySelector('main.page').children]
                    .map(child => child.getBoundingClientRect().bottom);
                const confirmation = document.querySelector('vaadin-notification-card');
                return Math.max(...content) - confirmation.getBoundingClientRect().top;""");
        assertThat(((Number) overlap).doubleValue())
                .as("px of the page's content under the confirmation, scrolled to the end")
                .isLessThanOrEqualTo(0);
    }

    /** A phone scrolls: bring the control to the middle of the screen first. */
    private static void click(ChromeDriver phone, org.openqa.selenium.WebElement element) {
        phone.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private ChromeDriver start(int width, int height) {
        ChromeDriver driver = BrowserSupport.start(width, height);
        drivers.add(driver);
        return driver;
    }
}
