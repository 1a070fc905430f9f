package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.awaitAnimations;
import static io.nlc.e2e.BrowserSupport.followRouterLink;
import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.signIn;
import static io.nlc.e2e.BrowserSupport.switchLanguage;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.content.Language;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.testsupport.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen as every role, in English, French and Arabic, at 360 and 1280 px wide, on the demo data. Each page
 * fails on sideways scrolling (of the page or of any box inside it, grids included), on a visible control smaller
 * than 24 x 24 px (WCAG 2.2 target size), and on any WCAG 2.x A/AA violation found by axe-core (vendored from the
 * npm registry under {@code src/test/resources/axe/}); at phone width also on a header title on two rows and on a
 * questionnaire sticky block (header and progress row) taller than 110 px. A page that fails is photographed under
 * {@code target/ux-screenshots/} for people to look at, and with {@code -Dux.screenshots=true} every page is. Each
 * screen is opened once per language and checked at both widths by resizing the window, which halves the page loads
 * of the run.
 *
 * <p>The roles are users made for this test inside the demo's cities, so that switching their language leaves the
 * demo users (which other browser tests share) as they were. {@code -Dux.roles=advisor,member},
 * {@code -Dux.languages=ar}, {@code -Dux.widths=360} and {@code -Dux.screens=changes,ratings} narrow a run while
 * working on a screen. The roles are shared out among a few browsers at once ({@code -Dux.browsers=1} for one).
 */
class ScreensCheckBrowserTest extends DemoBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/ux-screenshots");
    /**
     * A picture of every page with {@code -Dux.screenshots=true}; otherwise only of the pages that fail a check. They
     * are for people to look at, and took a tenth of the whole suite's time (360 s -> 319 s).
     */
    private static final boolean SCREENSHOT_ALL = Boolean.getBoolean("ux.screenshots");

    private static final List<Integer> WIDTHS = List.of(360, 1280);
    /**
     * Browsers checking roles side by side. The work is mostly the browser's (loading, layout, axe), on one core while
     * the test waits: with one browser a third of two cores stayed idle, and two take a quarter less time.
     */
    private static final int BROWSERS = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 4);

    private static final String AXE = readAxe();
    private static final Map<Language, String> LANGUAGE_NAMES =
            Map.of(Language.EN, "English", Language.FR, "Français", Language.AR, "العربية");

    /**
     * Runs in the page; returns one line per problem: a scroll box wider than itself, or a control under 24 px.
     * Boxes are searched through open shadow roots too, since Vaadin's grids scroll inside theirs.
     */
    private static final String LAYOUT_PROBLEMS = """
            const problems = [];
            const name = (el) => {
              const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + text.substring(0, 40) + '"';
            };
            const doc = document.documentElement;
            if (doc.scrollWidth > window.innerWidth + 1) {
              problems.push('page scrolls sideways: ' + doc.scrollWidth + ' px in ' + window.innerWidth);
            }
            const visit = (root) => {
              for (const el of root.querySelectorAll('*')) {
                const style = getComputedStyle(el);
                if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.clientWidth > 0
                    && el.scrollWidth > el.clientWidth + 1 && style.visibility !== 'hidden'
                    && !['TEXTAREA', 'INPUT'].includes(el.tagName)) {
                  const host = root.host ? name(root.host) + ' > ' : '';
                  problems.push('scrolls sideways: ' + host + name(el) + ' ' + el.scrollWidth + ' px in '
                      + el.clientWidth);
                }
                if (el.shadowRoot) visit(el.shadowRoot);
              }
            };
            visit(document);
            if (problems.length > 0) {
              // Name the innermost boxes that stick out of the window, to say what makes the page too wide.
              const outside = (el) => { const r = el.getBoundingClientRect();
                  return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1); };
              const culprits = [...document.querySelectorAll('main *, vaadin-dialog *')]
                  .filter(el => outside(el) && ![...el.children].some(outside)
                      && !el.closest('vaadin-grid'));
              culprits.slice(0, 3).forEach(el => { const r = el.getBoundingClientRect();
                  problems.push('  sticks out: ' + name(el) + ' from ' + Math.round(r.left) + ' to '
                      + Math.round(r.right)); });
            }
            // A placeholder wider than its box reads as a cut word ("Tous les éléme").
            const measure = document.createElement('canvas').getContext('2d');
            for (const input of document.querySelectorAll('input[placeholder]:placeholder-shown')) {
              const box = input.getBoundingClientRect();
              if (box.width === 0 || input.closest('[aria-hidden=true], [inert]')) continue;
              const style = getComputedStyle(input);
              measure.font = style.font;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              const needed = measure.measureText(input.placeholder).width;
              if (needed > room + 1) {
                problems.push('placeholder cut: "' + input.placeholder + '" needs ' + Math.round(needed) + ' px in '
                    + Math.round(room));
              }
            }
            const controls = 'a[href], button, vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-select,'
                + ' vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-text-field, vaadin-password-field,'
                + ' vaadin-text-area, vaadin-date-picker, vaadin-side-nav-item, vaadin-tab, vaadin-details-summary,'
                + ' vaadin-grid-sorter, vaadin-drawer-toggle, [role=button], select, input:not([type=hidden])';
            for (const el of document.querySelectorAll(controls)) {
              // A native input inside a Vaadin field: the field (the labelled host) is the target.
              if (el.tagName === 'INPUT' && el.closest('vaadin-checkbox, vaadin-radio-button, vaadin-text-field,'
                  + ' vaadin-password-field, vaadin-combo-box, vaadin-date-picker, vaadin-select,'
                  + ' vaadin-multi-select-combo-box, vaadin-login-form')) continue;
              if (el.closest('[aria-hidden=true], [inert]')) continue;
              // A native radio button or checkbox inside its label: the whole label is the target.
              const box = (el.tagName === 'INPUT' && el.closest('label') ? el.closest('label') : el)
                  .getBoundingClientRect();
              const style = getComputedStyle(el);
              if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
              // Outside the viewport vertically is fine (the page scrolls); it is measured all the same.
              if (box.width < 24 || box.height < 24) {
                problems.push('control under 24 px: ' + name(el) + ' ' + Math.round(box.width) + 'x'
                    + Math.round(box.height));
              }
            }
            return problems;""";

    /**
     * Runs in the page at phone width; returns one line per problem: a header title on more than one row, a list of
     * city cards (the hub portfolio) whose first card starts below the first screen, or a sticky
     * block (header and the questionnaire's progress row) taller than {@value #STICKY_MAX} px once the page is
     * scrolled, since it takes that much of every screenful away from the questions.
     */
    private static final String HEADER_PROBLEMS = """
            const done = arguments[arguments.length - 1];
            const max = arguments[0];
            const problems = [];
            const title = document.querySelector('.app-title .title-short');
            if (title && title.getClientRects().length > 1) {
              problems.push('header title on ' + title.getClientRects().length + ' rows');
            }
            const firstCity = document.querySelector('.portfolio-card');
            if (firstCity && firstCity.getBoundingClientRect().top + 48 > window.innerHeight) {
              problems.push('first city card starts at ' + Math.round(firstCity.getBoundingClientRect().top)
                  + ' px, below the first screen (' + window.innerHeight + ' px)');
            }
            const sticky = document.querySelector('.overall-progress');
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
            if (!sticky || !content) { done(problems); return; }
            const before = content.scrollTop;
            content.scrollTop = content.scrollHeight;
            requestAnimationFrame(() => requestAnimationFrame(() => {
              const bottom = Math.round(sticky.getBoundingClientRect().bottom);
              if (bottom > max) problems.push('sticky header ' + bottom + ' px tall when scrolled (at most ' + max + ')');
              content.scrollTop = before;
              done(problems);
            }));""";

    private static final int STICKY_MAX = 110;

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                'wcag22aa']}, resultTypes: ['violations']})
              .then(results => done(results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                  + v.nodes.slice(0, 4).map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')
                      .replace(/\\s+/g, ' ').substring(0, 160)).join(' | '))))
              .catch(error => done(['axe failed: ' + error]));""";

    @Autowired
    OrganisationSetup setup;

    @Autowired
    Organisation organisation;

    @Autowired
    AssessmentService assessments;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** One screen of a role: a name for the report and screenshot, its address, and what shows it is ready. */
    private record Screen(String name, String path, By ready, Consumer<WebDriver> then) {

        private static final Consumer<WebDriver> AS_IT_OPENS = driver -> {};

        Screen(String name, String path, By ready) {
            this(name, path, ready, AS_IT_OPENS);
        }

        /** Whether the screen is checked after a step that changes the page, such as opening a dialog. */
        boolean stepsIn() {
            return then != AS_IT_OPENS;
        }
    }

    /**
     * A role's screens. A demo user (the rater account and the member it rates beside) has a role given here, a
     * password of the demo, and gets its own language back at the end.
     */
    private record RoleScreens(
            String role, String username, @Nullable Role demoRole, List<Screen> screens) {
        RoleScreens(String role, String username, List<Screen> screens) {
            this(role, username, null, screens);
        }
    }

    @Test
    void everyScreenFitsAPhoneHasLargeEnoughControlsAndPassesTheAccessibilityScan()
            throws InterruptedException, ExecutionException {
        Fixtures.signIn("admin");
        CityRef fes = city("Fès");
        CityRef tangier = city("Tanger");
        CityRef marrakech = city("Marrakech");
        HubRef hub = organisation.visibleHubs().getFirst();
        long fes2026 = round(fes, "2026");
        long fes2025 = round(fes, "2025");
        long marrakech2026 = round(marrakech, "2026");
        String s = UUID.randomUUID().toString().substring(0, 6);
        String coordinator = user(setup, "ux-coord-" + s, Role.CITY_COORDINATOR, fes.id(), null);
        String member = user(setup, "ux-member-" + s, Role.CITY_MEMBER, fes.id(), null);
        String newCoordinator = user(setup, "ux-new-" + s, Role.CITY_COORDINATOR, tangier.id(), null);
        String advisor = user(setup, "ux-advisor-" + s, Role.HUB_ADVISOR, null, hub.id());
        String admin = user(setup, "ux-admin-" + s, Role.ADMINISTRATOR, null, null);
        String focal = "ux-focal-" + s;
        setup.focalPoint(
                focal, Fixtures.PASSWORD, "Focal " + s, Set.of(fes.id(), tangier.id(), marrakech.id()), Language.FR);

        By main = By.cssSelector("main");
        By cards = By.cssSelector(".item-card");
        By results = By.id("radar-chart");
        Screen home = new Screen("home", "", main);
        Screen password = new Screen("password", "account/password", main);
        Screen sessions = new Screen("sessions", "account/sessions", main);
        Screen about = new Screen("about", "about", main);
        Screen plan = new Screen("plan", "cities/" + fes.id() + "/plan", By.cssSelector(".plan-table"));
        Screen changes = new Screen("changes", "cities/" + fes.id() + "/changes", main);
        Screen raterPanel = new Screen("rater-panel", "assessments/" + fes2026 + "/raters", main);
        Screen ratings = new Screen("ratings", "ratings", By.cssSelector(".ratings-list"));
        List<RoleScreens> roles = List.of(
                new RoleScreens(
                        "visitor", "", List.of(new Screen("sign-in", "login", By.cssSelector("vaadin-login-form")))),
                new RoleScreens(
                        "coordinator",
                        coordinator,
                        List.of(
                                home,
                                new Screen("questionnaire", "assessments/" + fes2026, cards),
                                new Screen(
                                        "submit-dialog",
                                        "assessments/" + fes2026,
                                        cards,
                                        d -> clickAndWait(d, "vaadin-button.workflow-submit", "vaadin-dialog[opened]")),
                                new Screen("results", "assessments/" + fes2026 + "/results", results),
                                new Screen("history", "assessments/" + fes2026 + "/history", main),
                                new Screen("my-items", "my-items", main),
                                plan,
                                new Screen(
                                        "plan-action",
                                        plan.path(),
                                        plan.ready(),
                                        d -> clickAndWait(d, "vaadin-button.action-open", "vaadin-dialog[opened]")),
                                changes,
                                raterPanel,
                                new Screen("accounts", "accounts", main),
                                password,
                                new Screen("second-factor", "account/second-factor", main),
                                new Screen(
                                        "second-factor-setup",
                                        "account/second-factor",
                                        main,
                                        d -> clickAndWait(
                                                d, "vaadin-button.second-factor-start", "img.second-factor-qr")),
                                sessions,
                                about)),
                new RoleScreens(
                        "member",
                        member,
                        List.of(
                                home,
                                new Screen("questionnaire", "assessments/" + fes2026, cards),
                                new Screen("results-2025", "assessments/" + fes2025 + "/results", results),
                                new Screen("my-items", "my-items", main),
                                plan,
                                changes,
                                raterPanel)),
                new RoleScreens("demo-member", "member.fes", Role.CITY_MEMBER, List.of(ratings)),
                new RoleScreens("rater", "police.fes", Role.RATER, List.of(home, ratings)),
                new RoleScreens(
                        "new-coordinator",
                        newCoordinator,
                        List.of(
                                home,
                                new Screen(
                                        "start-dialog",
                                        "",
                                        main,
                                        d -> clickAndWait(
                                                d, "vaadin-button.start-assessment", "vaadin-dialog[opened]")))),
                new RoleScreens(
                        "advisor",
                        advisor,
                        List.of(
                                home,
                                new Screen("portfolio", "hubs/" + hub.id(), main),
                                new Screen("submitted-round", "assessments/" + marrakech2026, cards),
                                new Screen("results", "assessments/" + fes2026 + "/results", results),
                                new Screen("history", "assessments/" + fes2026 + "/history", main),
                                plan,
                                changes,
                                raterPanel)),
                new RoleScreens(
                        "focal",
                        focal,
                        List.of(
                                home,
                                new Screen("questionnaire", "assessments/" + fes2026, cards),
                                new Screen("results", "assessments/" + fes2026 + "/results", results),
                                plan,
                                changes)),
                new RoleScreens(
                        "admin",
                        admin,
                        List.of(
                                home,
                                new Screen("accounts", "accounts", main),
                                new Screen("organisation", "organisation", main),
                                new Screen("api-clients", "api-clients", main),
                                new Screen("archive-import", "archive-import", main),
                                new Screen("portfolio", "hubs/" + hub.id(), main),
                                plan,
                                changes)));

        List<String> onlyRoles = filter("ux.roles");
        List<RoleScreens> chosen = roles.stream()
                .filter(role -> onlyRoles.isEmpty() || onlyRoles.contains(role.role()))
                .toList();
        // The largest roles first, so that the browsers finish at about the same time.
        Queue<RoleScreens> queue = chosen.stream()
                .sorted(Comparator.comparingInt(
                                (RoleScreens role) -> role.screens().size())
                        .reversed())
                .collect(Collectors.toCollection(ConcurrentLinkedQueue::new));
        Map<String, RoleReport> reports = new ConcurrentHashMap<>();
        int browsers = Integer.getInteger("ux.browsers", BROWSERS);
        ExecutorService workers = Executors.newFixedThreadPool(browsers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < browsers; i++) {
                running.add(workers.submit(() -> {
                    try (Browser browser = new Browser()) {
                        for (RoleScreens role = queue.poll(); role != null; role = queue.poll()) {
                            reports.put(role.role(), browser.check(role));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> browser : running) {
                browser.get();
            }
        } finally {
            workers.shutdownNow();
        }
        // Reported in the order the roles are listed, whichever browser checked them.
        List<RoleReport> inOrder =
                chosen.stream().map(role -> reports.get(role.role())).toList();
        int pages = inOrder.stream().mapToInt(RoleReport::pages).sum();
        List<String> problems =
                inOrder.stream().flatMap(report -> report.problems().stream()).toList();
        System.out.println("ScreensCheckBrowserTest: " + pages + " pages checked in " + browsers + " browsers, "
                + problems.size() + " problems");
        problems.forEach(problem -> System.out.println("  " + problem));
        assertThat(problems).isEmpty();
    }

    /** What one role's screens showed: how many pages were checked, and the problems found on them. */
    private record RoleReport(int pages, List<String> problems) {}

    /** One Chromium of its own, in which one role after the other is signed in and its screens checked. */
    private final class Browser implements AutoCloseable {

        private final ChromeDriver driver = BrowserSupport.start(1280, 900);
        private final List<String> problems = new ArrayList<>();
        private final List<String> onlyLanguages = filter("ux.languages");
        private final List<String> onlyWidths = filter("ux.widths");
        private final List<String> onlyScreens = filter("ux.screens");
        /** The language of the page loaded last, and whether a step has changed that page since. */
        private String loadedLanguage = "";

        private boolean pageChanged = true;

        Browser() {
            // Chromium runs axe-core in every page it opens: sending its 550 KB with each page cost more than
            // running it.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
        }

        RoleReport check(RoleScreens role) {
            problems.clear();
            loadedLanguage = "";
            int pages = 0;
            boolean visitor = role.username().isEmpty();
            Language ownLanguage = null;
            if (visitor) {
                driver.manage().deleteAllCookies();
            } else if (role.demoRole() != null) {
                Fixtures.signIn(role.username(), role.demoRole());
                ownLanguage = organisation.currentUser().language();
                Fixtures.signOut();
                signIn(driver, port, role.username());
            } else {
                signIn(driver, port, role.username(), Fixtures.PASSWORD);
            }
            for (Language language : Language.values()) {
                if (!onlyLanguages.isEmpty() && !onlyLanguages.contains(language.code())) {
                    continue;
                }
                if (visitor) {
                    // A visitor's choice is kept for the session, as a person would make it on the sign-in page.
                    driver.get("http://localhost:" + port + "/login");
                    visible(driver, By.cssSelector(".language-switcher select"));
                    if (!language.code().equals(js(driver, "return document.documentElement.lang"))) {
                        switchLanguage(driver, LANGUAGE_NAMES.get(language));
                        waitFor(driver)
                                .until(d -> language.code().equals(js(d, "return document.documentElement.lang")));
                    }
                } else {
                    setLanguage(role, language);
                }
                List<Integer> widths = WIDTHS.stream()
                        .filter(width -> onlyWidths.isEmpty() || onlyWidths.contains(String.valueOf(width)))
                        .toList();
                for (Screen screen : role.screens()) {
                    if (!onlyScreens.isEmpty() && !onlyScreens.contains(screen.name())) {
                        continue;
                    }
                    // Each screen is opened once and checked at every width by resizing the window, as a person
                    // turning a tablet would: half the page loads of opening it anew for each width.
                    boolean opened = false;
                    for (int width : widths) {
                        try {
                            resize(width);
                            if (!opened) {
                                open(screen, language);
                                opened = true;
                            }
                            check(role.role(), screen, language, width);
                        } catch (RuntimeException e) {
                            // One screen that does not open is a problem to report, not a reason to stop looking.
                            problems.add(role.role() + " " + screen.name() + " " + language.code() + " " + width
                                    + "px: could not be checked: "
                                    + e.getMessage().lines().findFirst().orElse(""));
                        }
                        pages++;
                    }
                }
            }
            if (ownLanguage != null) {
                // Other browser tests share the demo users: leave them as they were.
                setLanguage(role, ownLanguage);
            }
            return new RoleReport(pages, List.copyOf(problems));
        }

        /**
         * Opens a screen. A full page load costs about 600 ms, most of a page's time here, so when the page was
         * loaded in the same language and no step has changed it since, a screen already open is used as it is, and
         * another one in the app's layout is reached inside the page, as a router link reaches it. The first screen of
         * each language and the one after a step such as opening a dialog load in full.
         */
        private void open(Screen screen, Language language) {
            String address = "http://localhost:" + port + "/" + screen.path();
            boolean samePage = !pageChanged && loadedLanguage.equals(language.code());
            // Until this screen has opened as it should, the page is in a state nobody chose: the next loads in full.
            pageChanged = true;
            if (samePage && address.equals(driver.getCurrentUrl())) {
                settle(driver);
            } else if (samePage
                    && Boolean.TRUE.equals(js(driver, "return !!document.querySelector('vaadin-app-layout')"))) {
                // The server answers the click with the new view and the new address together; settle() below
                // then waits for anything that answer started.
                followRouterLink(driver, address);
                waitFor(driver).until(d -> address.equals(d.getCurrentUrl()));
            } else {
                driver.get(address);
                loadedLanguage = language.code();
            }
            visible(driver, screen.ready());
            settle(driver);
            assertThat(js(driver, "return document.documentElement.lang"))
                    .as(screen.name())
                    .isEqualTo(language.code());
            screen.then().accept(driver);
            pageChanged = screen.stepsIn();
        }

        private void resize(int width) {
            Dimension size = new Dimension(width, width < 700 ? 780 : 900);
            if (!driver.manage().window().getSize().equals(size)) {
                driver.manage().window().setSize(size);
            }
        }

        private void check(String role, Screen screen, Language language, int width) {
            String where = role + " " + screen.name() + " " + language.code() + " " + width + "px: ";
            settle(driver);
            // Let layout and fonts finish (charts resize, overlays open) before measuring: axe reads colours, and a
            // dialog still fading in has them half-way.
            awaitAnimations(driver);
            int problemsBefore = problems.size();
            for (Object problem : (List<?>) js(driver, LAYOUT_PROBLEMS)) {
                problems.add(where + problem);
            }
            if (Boolean.getBoolean("ux.full")) {
                // The whole page in one picture: the window as tall as the layout's scrolled content.
                long height = (Long) js(driver, """
                        let most = document.documentElement.scrollHeight;
                        const visit = (root) => { for (const el of root.querySelectorAll('*')) {
                            const y = getComputedStyle(el).overflowY;
                            if (y === 'auto' || y === 'scroll') most = Math.max(most, el.scrollHeight + 120);
                            if (el.shadowRoot) visit(el.shadowRoot); } };
                        visit(document);
                        return Math.round(most);""");
                driver.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                width,
                                "height",
                                Math.min(height, 7000),
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                false));
                settle(driver);
                screenshot(role + "-" + screen.name() + "-" + language.code() + "-" + width + "-full");
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                settle(driver);
            }
            if (!Boolean.TRUE.equals(js(driver, "return !!window.axe"))) {
                js(driver, AXE);
            }
            for (Object violation : (List<?>) driver.executeAsyncScript(RUN_AXE)) {
                // Vaadin's own <vaadin-tabs> (inside TabSheet) keeps a focusable scroll box among its tabs; it is
                // Vaadin's markup, not ours, and the tabs work with the keyboard. Nothing else is let through.
                if (!String.valueOf(violation)
                        .startsWith("aria-required-children (critical): Certain ARIA roles must"
                                + " contain particular children — [\"vaadin-tabs\"]")) {
                    problems.add(where + violation);
                }
            }
            if (width < 700 && !"visitor".equals(role)) {
                for (Object problem : (List<?>) driver.executeAsyncScript(HEADER_PROBLEMS, STICKY_MAX)) {
                    problems.add(where + problem);
                }
            }
            if (SCREENSHOT_ALL || problems.size() > problemsBefore) {
                screenshot(role + "-" + screen.name() + "-" + language.code() + "-" + width);
            }
        }

        private void screenshot(String name) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            driver.quit();
        }
    }

    /** The demo user's or the test user's language, set as they would in their account, from this thread. */
    private void setLanguage(RoleScreens role, Language language) {
        if (role.demoRole() != null) {
            Fixtures.signIn(role.username(), role.demoRole());
        } else {
            Fixtures.signIn(role.username());
        }
        organisation.setPreferredLanguage(language);
        Fixtures.signOut();
    }

    private static void clickAndWait(WebDriver driver, String button, String opened) {
        org.openqa.selenium.WebElement target = visible(driver, By.cssSelector(button));
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
        waitFor(driver).until(d -> !d.findElements(By.cssSelector(opened)).isEmpty());
        settle(driver);
    }

    private CityRef city(String frenchName) {
        return organisation.visibleCities().stream()
                .filter(city -> city.name().fr().equals(frenchName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo city " + frenchName));
    }

    private long round(CityRef city, String label) {
        return assessments.visibleAssessments().stream()
                .filter(round ->
                        round.city().id() == city.id() && round.roundLabel().equals(label))
                .mapToLong(AssessmentSummary::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo round " + label));
    }

    private static String user(OrganisationSetup setup, String username, Role role, Long city, Long hub) {
        setup.user(username, Fixtures.PASSWORD, "Name " + username, role, city, hub, Language.EN);
        return username;
    }

    private static List<String> filter(String property) {
        String value = System.getProperty(property, "").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    private static String readAxe() {
        try (InputStream in = ScreensCheckBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from src/test/resources/axe/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
