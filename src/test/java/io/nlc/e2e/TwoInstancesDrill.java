package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.LocalDeployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The drill of {@code deploy/}: Debian's PostgreSQL, two app instances of the production jar and HAProxy with
 * {@code deploy/haproxy.cfg}, all on this machine, then people working through the proxy in Chromium:
 * <ol>
 *   <li>a coordinator answers, the instance they are on is killed, they sign in again (on the other instance) and
 *       carry on: every answer the screen showed as saved is in the database;</li>
 *   <li>an administrator on one instance deactivates a member working on the other: the member's next click meets
 *       the sign-in page.</li>
 * </ol>
 * Run by {@code bin/drill-two-instances}, which installs the packages and builds the jar; figures go to
 * {@code target/drills/two-instances/} and {@code docs/drills.md}. Not part of the normal test run.
 */
@Tag("drill")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesDrill {

    private static final Path WORK = Path.of("target/drills/two-instances").toAbsolutePath();
    private static final int PROXY = 18080;
    private static final int PG_PORT = 15432;
    private static final Map<String, Integer> INSTANCES = new LinkedHashMap<>();

    static {
        INSTANCES.put("app1", 18081);
        INSTANCES.put("app2", 18082);
    }

    private static final String PASSWORD = "nlc-demo-2026";

    private static LocalDeployment deployment;
    private static long round;
    private static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void bringUp() throws Exception {
        assertThat(LocalDeployment.JAR)
                .as("the production jar (bin/drill-two-instances builds it)")
                .exists();
        deployment = new LocalDeployment(WORK);
        REPORT.add("- PostgreSQL from " + deployment.startPostgres(PG_PORT) + " on port " + PG_PORT + ".");
        // As deploy/systemd starts them: through deploy/nlc-start, whose start-up cache is trained once beforehand.
        REPORT.add("- Start-up cache trained by `deploy/nlc-start --prepare` in "
                + deployment.useStartScript().toSeconds() + " s; the instances start through `deploy/nlc-start`.");
        // One after the other: the first migrates and seeds the demo, the second finds it done.
        for (String name : INSTANCES.keySet()) {
            startInstance(name);
            waitUntilReady(name);
        }
        deployment.startProxy(PROXY);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (deployment != null) {
            deployment.close();
        }
        Files.write(WORK.resolve("report.md"), REPORT);
        REPORT.forEach(System.out::println);
    }

    private static void startInstance(String name) throws Exception {
        Instant start = Instant.now();
        deployment.startInstance(
                name, INSTANCES.get(name), List.of("--spring.profiles.active=postgres,demo"), Map.of());
        REPORT.add("- Started " + name + " on port " + INSTANCES.get(name) + " at " + start + ".");
    }

    private static void waitUntilReady(String name) throws Exception {
        REPORT.add("- " + name + " ready after "
                + deployment.waitUntilReady(name, Duration.ofMinutes(5)).toSeconds() + " s.");
    }

    @Test
    @Order(1)
    void aPersonKeepsWorkingAcrossTheLossOfTheirInstance() throws Exception {
        ChromeDriver driver = BrowserSupport.start(1280, 1000);
        try {
            signIn(driver, "coordinator.oujda");
            String instance = instanceOf(driver);
            round = roundOf("Oujda", "2026");
            String questionnaire = "http://localhost:" + PROXY + "/assessments/" + round;
            List<WebElement> cards = openQuestionnaire(driver, questionnaire);
            // A core scan's theme may hold only two or three items: walk them round.
            int count = cards.size();
            Map<String, Integer> shownSaved = new LinkedHashMap<>();
            for (int i = 0; i < 2; i++) {
                shownSaved.put(itemOf(cards.get(i % count)), answer(driver, cards.get(i % count)));
            }
            Map<String, Integer> beforeLoss = new LinkedHashMap<>(shownSaved);
            screenshot(driver, "80-two-instances-before-loss");

            Instant killed = Instant.now();
            deployment.kill(instance);
            REPORT.add("- Killed " + instance + " (SIGKILL) while coordinator.oujda worked on it.");

            // The next change goes to the proxy, which sends it to the other instance: no session there.
            WebElement next = cards.get(2 % count);
            int attempted = otherLevel(next);
            clickLevel(driver, next, attempted);
            waitFor(driver)
                    .until(d -> d.getCurrentUrl().contains("/login")
                            || !d.findElements(By.cssSelector("input[name='username']"))
                                    .isEmpty()
                            || statusOf(next).contains("status-error")
                            || statusOf(next).contains("status-saved"));
            boolean silentlyLost = statusOf(next).contains("status-saved") && !stored(itemOf(next), attempted);
            screenshot(driver, "81-two-instances-after-loss");
            assertThat(silentlyLost)
                    .as("a change shown as saved that is not in the database")
                    .isFalse();

            signIn(driver, "coordinator.oujda");
            String other = instanceOf(driver);
            assertThat(other).isNotEqualTo(instance);
            REPORT.add("- Signed in again after "
                    + Duration.between(killed, Instant.now()).toSeconds() + " s, now on " + other + ".");
            cards = openQuestionnaire(driver, questionnaire);
            for (WebElement card : cards) {
                if (beforeLoss.containsKey(itemOf(card))) {
                    assertThat(chosenLevel(card)).as("kept: %s", itemOf(card)).isEqualTo(beforeLoss.get(itemOf(card)));
                }
            }
            for (int i = 2; i < 4; i++) {
                shownSaved.put(itemOf(cards.get(i % count)), answer(driver, cards.get(i % count)));
            }
            screenshot(driver, "82-two-instances-carried-on");
            for (Map.Entry<String, Integer> saved : shownSaved.entrySet()) {
                assertThat(stored(saved.getKey(), saved.getValue()))
                        .as("in the database: %s", saved.getKey())
                        .isTrue();
            }
            REPORT.add("- " + shownSaved.size() + " answers shown as saved, " + shownSaved.size()
                    + " in the database, none lost.");
        } finally {
            screenshot(driver, "85-two-instances-last-page");
            driver.quit();
        }
        // Both instances again for the next part.
        String restarted = INSTANCES.keySet().stream()
                .filter(name -> !deployment.instances().containsKey(name))
                .findFirst()
                .orElseThrow();
        startInstance(restarted);
        waitUntilReady(restarted);
        deployment.waitUntilProxyRoutesTo(restarted, PROXY);
    }

    @Test
    @Order(2)
    void aDeactivationMadeOnTheOtherInstanceSignsThePersonOut() throws Exception {
        ChromeDriver member = BrowserSupport.start(1280, 1000);
        ChromeDriver admin = BrowserSupport.start(1280, 1000);
        try {
            signIn(member, "coordinator.tetouan");
            String memberInstance = instanceOf(member);
            String otherInstance = INSTANCES.keySet().stream()
                    .filter(name -> !name.equals(memberInstance))
                    .findFirst()
                    .orElseThrow();
            signInOn(admin, "admin", otherInstance);
            assertThat(instanceOf(admin)).isEqualTo(otherInstance);

            admin.get("http://localhost:" + PROXY + "/accounts");
            WebElement row = waitFor(admin)
                    .until(d ->
                            d.findElements(By.xpath("//tr[.//*[normalize-space(.)='coordinator.tetouan']]")).stream()
                                    .findFirst()
                                    .orElse(null));
            WebElement toggle = row.findElement(By.cssSelector("vaadin-button.toggle-account"));
            js(admin, "arguments[0].scrollIntoView({block: 'center'})", toggle);
            toggle.click();
            visible(admin, By.cssSelector("vaadin-button.confirm-action")).click();
            settle(admin);
            Instant deactivated = Instant.now();
            screenshot(admin, "83-two-instances-deactivated");

            // The member's next click, on their own instance, which did not make the change.
            LocalDeployment.waitUntil(
                    Duration.ofSeconds(10),
                    () -> {
                        visible(member, By.cssSelector("vaadin-side-nav-item[path='about']"))
                                .click();
                        settle(member);
                        return member.getCurrentUrl().contains("/login");
                    },
                    "the member is signed out on " + memberInstance);
            screenshot(member, "84-two-instances-signed-out");
            REPORT.add("- Deactivated coordinator.tetouan on " + otherInstance + "; signed out on " + memberInstance
                    + " after " + Duration.between(deactivated, Instant.now()).toMillis() + " ms.");
        } finally {
            member.quit();
            admin.quit();
        }
    }

    // ---- the people

    private static void signIn(WebDriver driver, String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + PROXY + "/login");
        visible(driver, By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login"));
        visible(driver, By.cssSelector(".app-title"));
        settle(driver);
    }

    /** Signs in on a chosen instance: the proxy honours the stickiness cookie it would have set itself. */
    private static void signInOn(WebDriver driver, String username, String instance) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + PROXY + "/login");
        // Let the page's own requests finish first: an answer still on its way would set the proxy's cookie again.
        visible(driver, By.cssSelector("input[name='username']"));
        settle(driver);
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("NLCNODE", instance, "/"));
        driver.get("http://localhost:" + PROXY + "/login");
        visible(driver, By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login"));
        visible(driver, By.cssSelector(".app-title"));
        settle(driver);
    }

    private static String instanceOf(WebDriver driver) {
        return Optional.ofNullable(driver.manage().getCookieNamed("NLCNODE"))
                .map(Cookie::getValue)
                .orElseThrow(() -> new AssertionError("the proxy set no NLCNODE cookie"));
    }

    private static List<WebElement> openQuestionnaire(WebDriver driver, String url) {
        driver.get(url);
        List<WebElement> cards = waitFor(driver).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".theme-panel .item-card"));
            return found.isEmpty() ? null : found;
        });
        settle(driver);
        return cards;
    }

    /** Chooses a level other than the card's current one and waits until the card says saved; returns it. */
    private static int answer(WebDriver driver, WebElement card) {
        int level = otherLevel(card);
        clickLevel(driver, card, level);
        waitFor(driver).until(d -> statusOf(card).contains("status-saved"));
        return level;
    }

    /** Levels 0 to 4 are the first five choices (then "not applicable" and "don't know"). */
    private static int otherLevel(WebElement card) {
        return (chosenLevel(card) + 2) % 5;
    }

    private static void clickLevel(WebDriver driver, WebElement card, int level) {
        WebElement option = card.findElements(By.cssSelector(".level-choice .choice-option"))
                .get(level);
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", option);
        option.click();
        settle(driver);
    }

    private static String statusOf(WebElement card) {
        try {
            return String.valueOf(
                    card.findElement(By.cssSelector(".save-status")).getAttribute("class"));
        } catch (RuntimeException gone) {
            return "";
        }
    }

    private static int chosenLevel(WebElement card) {
        List<WebElement> options = card.findElements(By.cssSelector(".level-choice .choice-option input"));
        for (int i = 0; i < 5; i++) {
            if (options.get(i).isSelected()) {
                return i;
            }
        }
        return -1;
    }

    private static String itemOf(WebElement card) {
        return String.valueOf(card.getAttribute("id")).substring("item-".length());
    }

    // ---- the database

    private static Connection database() throws Exception {
        return DriverManager.getConnection(deployment.jdbcUrl(), deployment.jdbcUser(), deployment.jdbcPassword());
    }

    private static long roundOf(String city, String label) throws Exception {
        try (Connection connection = database();
                PreparedStatement query =
                        connection.prepareStatement("select a.id from assessment a join city c on c.id = a.city_id"
                                + " where c.name_fr = ? and a.round_label = ?")) {
            query.setString(1, city);
            query.setString(2, label);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("round %s %s", city, label).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static boolean stored(String item, int level) throws Exception {
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from answer where assessment_id = ? and item_id = ? and level = ?")) {
            query.setLong(1, round);
            query.setString(2, item);
            query.setInt(3, level);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }
}
