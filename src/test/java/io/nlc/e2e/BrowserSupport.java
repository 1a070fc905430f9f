package io.nlc.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver found on the PATH; Selenium never downloads a browser or driver here.
 */
final class BrowserSupport {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

    private BrowserSupport() {}

    static ChromeDriver start(int width, int height) {
        File driver = onPath("chromedriver")
                .orElseThrow(
                        () -> new IllegalStateException(
                                "chromedriver is not on the PATH: install Debian's chromium and chromium-driver (see .ci/run)"));
        File browser = onPath("chromium")
                .or(() -> onPath("chromium-browser"))
                .orElseThrow(() -> new IllegalStateException(
                        "chromium is not on the PATH: install Debian's chromium (see .ci/run)"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--lang=en-US");
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(TIMEOUT);
        return chrome;
    }

    static Optional<File> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks again every 25 ms: a screen is often ready a few milliseconds after the first look, and waiting 200 ms
     * for the second cost the browser journeys about a tenth of their time. A look is one cheap WebDriver call.
     */
    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(25));
        // Vaadin replaces elements when it re-renders; a vanished element just means "look again".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until Vaadin has no request in flight, so server-side effects are visible. */
    static void settle(WebDriver driver) {
        waitFor(driver)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                                                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * Waits until the page's animations and transitions that end (not a spinner's) have ended, then two frames: a
     * dialog fading in or a confirmation sliding up is measured where it stays, with the colours it keeps.
     */
    static void awaitAnimations(WebDriver driver) {
        js(driver, """
                const ending = document.getAnimations()
                    .filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
                return Promise.all(ending.map(a => a.finished.catch(() => null)))
                    .then(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));""");
    }

    /**
     * Follows a link inside the page, as the app's own router links ({@code router-link}) do: Flow's router takes the
     * click and the server answers with the new view, without a page load.
     */
    static void followRouterLink(WebDriver driver, String href) {
        js(driver, """
                const link = document.createElement('a');
                link.href = arguments[0];
                link.setAttribute('router-link', '');
                document.body.appendChild(link);
                link.click();
                link.remove();""", href);
    }

    static WebElement visible(WebDriver driver, By by) {
        return waitFor(driver).until(d -> {
            for (WebElement element : d.findElements(by)) {
                if (element.isDisplayed()) {
                    return element;
                }
            }
            return null;
        });
    }

    static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    /** Signs in through the login form with the demo password and waits for the app's layout. */
    static void signIn(WebDriver driver, int port, String username) {
        signIn(driver, port, username, "nlc-demo-2026");
    }

    /** Signs in through the login form and waits for the app's layout. */
    static void signIn(WebDriver driver, int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        submitSignInForm(driver, username, password);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login"));
        visible(driver, By.cssSelector(".app-title"));
        settle(driver);
    }

    /**
     * Follows a link into the app while signed out, as from a notification e-mail: the sign-in page comes first, and
     * after it the page the link named, which must then show {@code ready}.
     */
    static void signInAt(WebDriver driver, String username, String url, By ready) {
        driver.manage().deleteAllCookies();
        driver.get(url);
        waitFor(driver).until(d -> d.getCurrentUrl().contains("/login"));
        submitSignInForm(driver, username, "nlc-demo-2026");
        // Spring Security marks the way back with "?continue".
        waitFor(driver).until(d -> d.getCurrentUrl().replaceFirst("\\?.*", "").equals(url));
        visible(driver, ready);
        settle(driver);
    }

    private static void submitSignInForm(WebDriver driver, String username, String password) {
        visible(driver, By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    static void clickButtonWithText(WebDriver driver, String text) {
        waitFor(driver)
                .until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                        .filter(candidate -> candidate.isDisplayed()
                                && candidate.getText().strip().equals(text))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    /** Chooses a language in the browser's own select, as a person does: the page reloads in it. */
    static void switchLanguage(WebDriver driver, String label) {
        new Select(visible(driver, By.cssSelector(".language-switcher select"))).selectByVisibleText(label);
    }

    /** Opens a page of the app and waits until Vaadin has rendered it. */
    static void open(WebDriver driver, String url, By ready) {
        driver.get(url);
        visible(driver, ready);
        settle(driver);
    }

    /**
     * The text of each rendered body row of a grid, cell by cell in column order (cell contents are slotted into
     * the grid's shadow table, so the light DOM alone does not tell which row a cell belongs to).
     */
    @SuppressWarnings("unchecked")
    static List<List<String>> gridRows(WebDriver driver, WebElement grid) {
        return (List<List<String>>) js(driver, """
                return Array.from(arguments[0].shadowRoot.querySelectorAll('tbody#items tr'))
                    .filter(row => !row.hidden)
                    .map(row => Array.from(row.querySelectorAll('td')).map(cell => {
                        const slot = cell.querySelector('slot');
                        // Without the invisible isolate marks around user text (Formats.isolate): what one reads.
                        return slot ? slot.assignedElements()
                            .map(e => e.textContent.replace(/[\u2066-\u2069]/g, '').trim()).join(' ') : '';
                    }))
                    .filter(cells => cells.some(text => text.length > 0));""", grid);
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
