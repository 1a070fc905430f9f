package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.signIn;
import static io.nlc.e2e.BrowserSupport.visible;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the phone and the Arabic reader see, measured in a real browser on the demo data at the phone sizes of the UX
 * review (390 x 844 and 360 px wide) and on a 1280 px desktop. The users are made for the test inside the demo's
 * cities, each with its own language, so the demo users other tests share stay as they are.
 */
class PhoneLayoutBrowserTest extends DemoBrowserTest {

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

    /**
     * The results' theme cards on a phone sit two to a row, each short enough to take in at a glance, in French and
     * in Arabic at 360 and 390 px (one full-width card per theme made a city scroll through nine tall cards).
     */
    @Test
    void resultThemeCardsSitTwoToARowOnAPhone() {
        CityRef fes = fes();
        long fes2026 = round(fes, "2026");
        for (Language language : List.of(Language.FR, Language.AR)) {
            driver = browser(390, 844);
            signIn(driver, port, user(Role.CITY_COORDINATOR, fes.id(), null, language), Fixtures.PASSWORD);
            for (int width : List.of(390, 360)) {
                driver.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
                open("assessments/" + fes2026 + "/results", By.cssSelector(".results-table"));
                js(driver, "document.querySelector('.results-table').scrollIntoView()");
                screenshot(driver, "phone-results-cards-" + language.code() + "-" + width);
                @SuppressWarnings("unchecked")
                Map<String, Object> cards = (Map<String, Object>) js(driver, """
                        const rows = [...document.querySelectorAll('.results-table tbody tr')]
                            .map(row => row.getBoundingClientRect());
                        const cut = [...document.querySelectorAll('.results-table td, .results-table td *')]
                            .filter(el => el.scrollWidth > el.clientWidth + 1).length;
                        return {count: rows.length,
                            firstRow: rows.filter(r => Math.abs(r.top - rows[0].top) < 2).length,
                            tallest: Math.round(Math.max(...rows.map(r => r.height))),
                            cut: cut};""");
                String where = language.code() + " " + width + " px";
                assertThat(((Number) cards.get("count")).intValue()).as(where).isGreaterThanOrEqualTo(6);
                assertThat(((Number) cards.get("firstRow")).intValue())
                        .as(where + ": cards on the first row")
                        .isEqualTo(2);
                assertThat(((Number) cards.get("tallest")).intValue())
                        .as(where + ": tallest card, px")
                        .isLessThanOrEqualTo(260);
                assertThat(((Number) cards.get("cut")).intValue())
                        .as(where + ": cells whose text is cut")
                        .isZero();
            }
        }
    }

    /**
     * On a 390 x 844 phone the questionnaire's first question is read on the first screen, without scrolling: for a
     * coordinator in French (who has the most above it: target, assignment, round actions) and a member in Arabic.
     */
    @Test
    void theFirstQuestionIsOnThePhonesFirstScreen() {
        CityRef fes = fes();
        long fes2026 = round(fes, "2026");
        for (Map.Entry<Role, Language> who :
                List.of(Map.entry(Role.CITY_COORDINATOR, Language.FR), Map.entry(Role.CITY_MEMBER, Language.AR))) {
            driver = browser(390, 844);
            signIn(driver, port, user(who.getKey(), fes.id(), null, who.getValue()), Fixtures.PASSWORD);
            open("assessments/" + fes2026 + "?open=top", By.cssSelector(".item-card"));
            js(driver, """
                    const layout = document.querySelector('vaadin-app-layout');
                    layout.shadowRoot.querySelector('[part~="content"]').scrollTop = 0;""");
            js(driver, "return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            screenshot(
                    driver, "phone-questionnaire-first-screen-" + who.getValue().code());
            long bottom = (Long) js(driver, """
                    const question = [...document.querySelectorAll('.item-card .item-question')]
                        .find(q => q.getBoundingClientRect().height > 0);
                    return Math.round(question.getBoundingClientRect().bottom);""");
            assertThat(bottom)
                    .as(who + ": bottom of the first question, px, on a 844 px screen")
                    .isLessThanOrEqualTo(844);
        }
    }

    /**
     * On a 1280 px desktop the headings follow one calm scale, Lumo's own sizes, on every screen: page titles at
     * {@code --lumo-font-size-xxl}, sections at {@code xl}, sub-sections at {@code l}.
     */
    @Test
    void headingsFollowLumosScaleOnTheDesktop() {
        CityRef fes = fes();
        long fes2026 = round(fes, "2026");
        HubRef hub = hub();
        driver = browser(1280, 900);
        signIn(driver, port, user(Role.HUB_ADVISOR, null, hub.id(), Language.EN), Fixtures.PASSWORD);
        for (String path : List.of("", "assessments/" + fes2026 + "/results", "hubs/" + hub.id())) {
            open(path, By.cssSelector("main h1"));
            screenshot(driver, "desktop-headings-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
            @SuppressWarnings("unchecked")
            List<String> wrong = (List<String>) js(driver, """
                    const size = (name) => { const probe = document.createElement('div');
                        probe.style.fontSize = 'var(' + name + ')'; document.body.append(probe);
                        const px = getComputedStyle(probe).fontSize; probe.remove(); return px; };
                    const scale = {H1: size('--lumo-font-size-xxl'), H2: size('--lumo-font-size-xl'),
                        H3: size('--lumo-font-size-l')};
                    return [...document.querySelectorAll('main h1, main h2, main h3')]
                        .filter(h => h.getBoundingClientRect().height > 0)
                        .filter(h => getComputedStyle(h).fontSize !== scale[h.tagName])
                        .map(h => h.tagName + ' "' + h.textContent.trim().substring(0, 30) + '" '
                            + getComputedStyle(h).fontSize + ' instead of ' + scale[h.tagName]);""");
            assertThat(wrong).as("/" + path).isEmpty();
        }
    }

    /**
     * The portfolio's trend shows its number beside the arrow ("▲ +5,9" in French) and says what it compares in
     * words a screen reader reads out (the arrow itself is not read), besides a title for the mouse.
     */
    @Test
    void thePortfoliosTrendShowsItsNumberAndWhatItCompares() {
        HubRef hub = hub();
        driver = browser(1280, 900);
        signIn(driver, port, user(Role.HUB_ADVISOR, null, hub.id(), Language.FR), Fixtures.PASSWORD);
        open("hubs/" + hub.id(), By.cssSelector(".trend"));
        screenshot(driver, "desktop-portfolio-trend-fr");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trends = (List<Map<String, Object>>) js(driver, """
                const read = (el) => [...el.childNodes].map(node => node.nodeType === Node.TEXT_NODE ? node.textContent
                        : node.getAttribute('aria-hidden') === 'true' ? '' : read(node)).join('');
                return [...document.querySelectorAll('.trend')].filter(t => t.getBoundingClientRect().height > 0)
                    .map(t => ({shown: t.innerText, read: read(t).replace(/[\\u2066-\\u2069]/g, ''),
                        labelled: t.hasAttribute('aria-label'), title: t.getAttribute('title') || ''}));""");
        assertThat(trends).isNotEmpty();
        assertThat((String) js(driver, "return document.querySelector('.trend-key').innerText"))
                .as("the arrows in words, for touch screens where nothing hovers")
                .contains("depuis le cycle validé précédent");
        for (Map<String, Object> trend : trends) {
            assertThat((String) trend.get("shown"))
                    .as("shown")
                    .matches("(?s)[▲▼▶] [\\u2066-\\u2068]?[+-]\\d+,\\d\\u2069?(\\s.*)?");
            assertThat((String) trend.get("read"))
                    .as("read out")
                    .doesNotContain("▲")
                    .matches("\\s*[+-]\\d+,\\d points? depuis le cycle validé précédent\\s*");
            assertThat((Boolean) trend.get("labelled"))
                    .as("an aria-label on a plain span is not read")
                    .isFalse();
            assertThat((String) trend.get("title")).as("title").contains("depuis le cycle validé précédent");
        }
    }

    /**
     * At 360 px in Arabic every role's header is one row, a menu entry too long for the drawer (a hub's long Arabic
     * name) ends in an ellipsis with its whole name as a title, and the portfolio's heading takes at most two rows.
     */
    @Test
    void longArabicHubNamesFitThePhonesHeaderAndDrawer() {
        CityRef fes = fes();
        HubRef hub = hub();
        List<String> users = List.of(
                user(Role.CITY_COORDINATOR, fes.id(), null, Language.AR),
                user(Role.CITY_MEMBER, fes.id(), null, Language.AR),
                user(Role.HUB_ADVISOR, null, hub.id(), Language.AR),
                user(Role.ADMINISTRATOR, null, null, Language.AR));
        for (String username : users) {
            driver = browser(360, 780);
            signIn(driver, port, username, Fixtures.PASSWORD);
            open("", By.cssSelector("main"));
            long navbar = (Long) js(driver, """
                    const navbar = document.querySelector('vaadin-app-layout').shadowRoot
                        .querySelector('[part~="navbar"]');
                    return Math.round(navbar.getBoundingClientRect().height);""");
            assertThat(navbar).as(username + ": header height, px").isLessThanOrEqualTo(64);
            js(driver, "document.querySelector('vaadin-drawer-toggle').click()");
            BrowserSupport.waitFor(driver)
                    .until(d -> Boolean.TRUE.equals(
                            js(d, "return document.querySelector('vaadin-app-layout').drawerOpened")));
            js(driver, "return new Promise(done => setTimeout(done, 400))");
            screenshot(driver, "phone-drawer-ar-" + username);
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) js(driver, """
                    return [...document.querySelectorAll('vaadin-side-nav-item')].filter(item => {
                          const label = item.shadowRoot.querySelector('slot:not([name])');
                          return label.scrollWidth > label.clientWidth + 1;
                        })
                        .filter(item => (item.getAttribute('title') || '').replace(/[\\u2066-\\u2069]/g, '')
                            !== item.textContent.replace(/[\\u2066-\\u2069]/g, '').trim())
                        .map(item => item.textContent.trim());""");
            assertThat(cut)
                    .as(username + ": cut menu entries without their whole name as a title")
                    .isEmpty();
        }
        driver = browser(360, 780);
        signIn(driver, port, users.get(2), Fixtures.PASSWORD);
        open("hubs/" + hub.id(), By.cssSelector("main h1"));
        screenshot(driver, "phone-portfolio-heading-ar");
        @SuppressWarnings("unchecked")
        Map<String, Object> heading = (Map<String, Object>) js(driver, """
                const h1 = document.querySelector('main h1');
                const style = getComputedStyle(h1);
                return {rows: Math.round(h1.getBoundingClientRect().height / parseFloat(style.lineHeight)),
                    cut: h1.scrollHeight > h1.clientHeight + 1, title: h1.getAttribute('title') || ''};""");
        assertThat(((Number) heading.get("rows")).intValue())
                .as("portfolio heading rows")
                .isLessThanOrEqualTo(2);
        if (Boolean.TRUE.equals(heading.get("cut"))) {
            assertThat((String) heading.get("title"))
                    .as("a cut heading's title")
                    .isNotBlank();
        }
    }

    /**
     * Arabic writes decimals as Morocco does (the JDK's and the browser's ar-MA): Western digits and a decimal comma,
     * the same in the results' cards and table, the charts' tooltips, the portfolio and the home page: no "39.6"
     * anywhere beside a "39,6".
     */
    @Test
    void arabicWritesEveryDecimalWithAComma() {
        CityRef fes = fes();
        long fes2026 = round(fes, "2026");
        HubRef hub = hub();
        driver = browser(390, 844);
        signIn(driver, port, user(Role.HUB_ADVISOR, null, hub.id(), Language.AR), Fixtures.PASSWORD);
        open("assessments/" + fes2026 + "/results", By.id("radar-chart"));
        BrowserSupport.waitFor(driver)
                .until(d -> Boolean.TRUE.equals(js(d, "return !!document.getElementById('radar-chart').chart")));
        String index = (String) js(driver, "return document.querySelector('.figure-value').textContent");
        assertThat(index).matches("\\d+,\\d");
        assertThat((String) js(driver, "return document.querySelector('.results-table td.number').textContent"))
                .matches("\\d+,\\d");
        String tooltip = (String) js(driver, """
                const chart = document.getElementById('radar-chart').chart;
                const data = chart.data.datasets[0].data;
                const index = data.findIndex(value => value !== null && !Number.isInteger(value));
                chart.tooltip.setActiveElements([{datasetIndex: 0, index: index}], {x: 0, y: 0});
                chart.update('none');
                return chart.tooltip.body.map(body => body.lines.join(' ')).join(' | ');""");
        assertThat(tooltip).as("radar tooltip").matches(".*\\d,\\d.*").doesNotMatch(".*\\d\\.\\d.*");
        for (String path : List.of("assessments/" + fes2026 + "/results", "hubs/" + hub.id(), "")) {
            open(path, By.cssSelector("main"));
            String text = (String) js(driver, "return document.querySelector('main').innerText");
            // A decimal point, not an item's code ("T1.2").
            assertThat(text).as("/" + path).doesNotContainPattern("(?<![A-Z\\d.])\\d+\\.\\d");
            if (!path.isEmpty()) {
                assertThat(text).as("/" + path).containsPattern("\\d,\\d");
            }
        }
    }

    /**
     * The test's browser, its page made exactly {@code width} x {@code height} CSS pixels, as on the phone measured.
     * One browser serves every person of a test: each signs in anew, with the cookies of the one before deleted.
     */
    private ChromeDriver browser(int width, int height) {
        ChromeDriver chrome = driver != null ? driver : BrowserSupport.start(width, height);
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return chrome;
    }

    private void open(String path, By ready) {
        driver.get("http://localhost:" + port + "/" + path);
        visible(driver, ready);
        settle(driver);
        js(driver, "return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** A user of the demo city or hub made for this test, reading the app in {@code language}. */
    private String user(Role role, @Nullable Long city, @Nullable Long hub, Language language) {
        Fixtures.signIn("admin");
        String username = "phone-" + role.name().toLowerCase().replace('_', '-') + "-" + language.code() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        setup.user(username, Fixtures.PASSWORD, "Name " + username, role, city, hub, language);
        Fixtures.signOut();
        return username;
    }

    private CityRef fes() {
        Fixtures.signIn("admin");
        try {
            return organisation.visibleCities().stream()
                    .filter(city -> city.name().fr().equals("Fès"))
                    .findFirst()
                    .orElseThrow();
        } finally {
            Fixtures.signOut();
        }
    }

    private HubRef hub() {
        Fixtures.signIn("admin");
        try {
            return organisation.visibleHubs().getFirst();
        } finally {
            Fixtures.signOut();
        }
    }

    private long round(CityRef city, String label) {
        Fixtures.signIn("admin");
        try {
            return assessments.visibleAssessments().stream()
                    .filter(round ->
                            round.city().id() == city.id() && round.roundLabel().equals(label))
                    .mapToLong(AssessmentSummary::id)
                    .findFirst()
                    .orElseThrow();
        } finally {
            Fixtures.signOut();
        }
    }
}
