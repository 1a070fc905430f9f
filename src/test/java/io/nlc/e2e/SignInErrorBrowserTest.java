package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.screenshot;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The sign-in form's error box, after a wrong password, as drawn by Chromium: its warning icon must not cover
 * the error title but stand before it (on the right in Arabic), in English and in Arabic, on a phone and on a
 * desktop; and no box shows before a failed attempt, while the user name stays filled in. The icon is a
 * {@code ::before} pseudo-element in the form's shadow DOM, so its box comes from the DevTools protocol.
 */
class SignInErrorBrowserTest extends DemoBrowserTest {

    private static final String TITLE = "return document.querySelector('vaadin-login-form')?.shadowRoot"
            + "?.querySelector('vaadin-login-form-wrapper')?.shadowRoot?.querySelector('[part=error-message-title]')";

    @Test
    void theErrorIconNeverCoversTheErrorTitle() {
        driver = BrowserSupport.start(1280, 900);
        List<String> overlaps = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            // The visitor's language comes from the browser's Accept-Language header.
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand(
                    "Network.setExtraHTTPHeaders",
                    Map.of(
                            "headers",
                            Map.of("Accept-Language", language.equals("ar") ? "ar-MA,ar;q=0.9" : "en-US,en;q=0.9")));
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get("http://localhost:" + port + "/login");
            visible(driver, By.cssSelector("input[name='username']"));
            settle(driver);
            assertThat(js(
                            driver,
                            "const t = (() => {" + TITLE + "})(); return !!t"
                                    + " && t.closest('[part=error-message]').getClientRects().length > 0"))
                    .as("an error box before any attempt, " + language)
                    .isEqualTo(false);
            String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
            driver.findElement(By.cssSelector("input[name='username']")).sendKeys(nobody);
            driver.findElement(By.cssSelector("input[name='password']")).sendKeys("not-the-password", Keys.ENTER);
            waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/login?error"));
            waitFor(driver)
                    .until(
                            d -> Boolean.TRUE.equals(
                                    js(
                                            d,
                                            "const t = (() => {" + TITLE + "})();"
                                                    + " return !!t && t.getClientRects().length > 0 && t.textContent.trim().length > 0;")));
            settle(driver);
            // The user name stays: on a phone, only the password is retyped.
            waitFor(driver)
                    .until(d ->
                            nobody.equals(js(d, "return document.querySelector(\"input[name='username']\").value")));
            assertThat(js(driver, "return document.documentElement.lang")).isEqualTo(language);
            assertThat(js(driver, "return document.documentElement.dir"))
                    .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            for (int width : new int[] {360, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                waitFor(driver).until(d -> ((Number) js(d, "return window.innerWidth")).intValue() == width);
                js(driver, "window.scrollTo(0, 0)");
                String where = language + " at " + width + " px";
                screenshot(driver, "signin-error-" + language + "-" + width);
                double[] icon = iconBox();
                double[] box = errorBox();
                assertThat(icon[2] - icon[0]).as("icon width, " + where).isPositive();
                if (icon[0] < box[0] - 0.5
                        || icon[2] > box[2] + 0.5
                        || icon[1] < box[1] - 0.5
                        || icon[3] > box[3] + 0.5) {
                    overlaps.add(where + ": icon " + show(icon) + " outside its box " + show(box));
                }
                for (double[] line : titleLines()) {
                    boolean apart = icon[2] <= line[0] + 0.5
                            || line[2] <= icon[0] + 0.5
                            || icon[3] <= line[1] + 0.5
                            || line[3] <= icon[1] + 0.5;
                    if (!apart) {
                        overlaps.add(where + ": icon " + show(icon) + " over title line " + show(line));
                    }
                    // Beside the title, on the side where reading starts.
                    boolean startSide = language.equals("ar") ? icon[0] >= line[2] - 0.5 : icon[2] <= line[0] + 0.5;
                    if (!startSide) {
                        overlaps.add(where + ": icon " + show(icon) + " not before title line " + show(line));
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    /** The drawn box (left, top, right, bottom) of the error part's ::before, the warning icon. */
    @SuppressWarnings("unchecked")
    private double[] iconBox() {
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", -1, "pierce", true));
        // Other fields (the language select) have an error part too: look inside the sign-in form's only.
        Map<String, Object> wrapper = find(
                (Map<String, Object>) document.get("root"),
                node -> "vaadin-login-form-wrapper".equals(node.get("localName")));
        assertThat(wrapper).as("the sign-in form").isNotNull();
        Map<String, Object> part = find(wrapper, SignInErrorBrowserTest::isErrorPart);
        assertThat(part).as("the error part").isNotNull();
        Map<String, Object> before = ((List<Map<String, Object>>) part.getOrDefault("pseudoElements", List.of()))
                .stream()
                        .filter(p -> "before".equals(p.get("pseudoType")))
                        .findFirst()
                        .orElse(null);
        assertThat(before).as("the error icon").isNotNull();
        Map<String, Object> model = (Map<String, Object>)
                driver.executeCdpCommand("DOM.getBoxModel", Map.of("nodeId", before.get("nodeId")))
                        .get("model");
        List<Number> quad = (List<Number>) model.get("border");
        double[] xs = {
            quad.get(0).doubleValue(),
            quad.get(2).doubleValue(),
            quad.get(4).doubleValue(),
            quad.get(6).doubleValue()
        };
        double[] ys = {
            quad.get(1).doubleValue(),
            quad.get(3).doubleValue(),
            quad.get(5).doubleValue(),
            quad.get(7).doubleValue()
        };
        return new double[] {min(xs), min(ys), max(xs), max(ys)};
    }

    @SuppressWarnings("unchecked")
    private static boolean isErrorPart(Map<String, Object> node) {
        List<String> attributes = (List<String>) node.getOrDefault("attributes", List.of());
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("part") && attributes.get(i + 1).equals("error-message")) {
                return true;
            }
        }
        return false;
    }

    /** The first node, in document order through shadow roots, that passes the test. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(Map<String, Object> node, Predicate<Map<String, Object>> test) {
        if (test.test(node)) {
            return node;
        }
        for (String key : List.of("shadowRoots", "children")) {
            for (Map<String, Object> child : (List<Map<String, Object>>) node.getOrDefault(key, List.of())) {
                Map<String, Object> found = find(child, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The error box itself (left, top, right, bottom). */
    private double[] errorBox() {
        return box(js(
                driver,
                "const r = (() => {" + TITLE + "})().closest('[part=error-message]')"
                        + ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"));
    }

    /** Each drawn line of the title's text (left, top, right, bottom). */
    @SuppressWarnings("unchecked")
    private List<double[]> titleLines() {
        List<Object> lines = (List<Object>) js(
                driver,
                "const range = document.createRange();"
                        + " range.selectNodeContents((() => {" + TITLE + "})());"
                        + " return Array.from(range.getClientRects()).filter(r => r.width > 0)"
                        + ".map(r => [r.left, r.top, r.right, r.bottom]);");
        assertThat(lines).as("title lines").isNotEmpty();
        return lines.stream().map(SignInErrorBrowserTest::box).toList();
    }

    @SuppressWarnings("unchecked")
    private static double[] box(Object values) {
        List<Number> numbers = (List<Number>) values;
        return numbers.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static String show(double[] box) {
        return String.format("[%.0f,%.0f - %.0f,%.0f]", box[0], box[1], box[2], box[3]);
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }
}
