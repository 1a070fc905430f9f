package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.switchLanguage;
import static io.nlc.e2e.BrowserSupport.visible;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every category of every chart on the results page keeps a drawn label of its own, at phone and desktop width, in
 * English, French and Arabic, and Arabic mirrors the bars. The test reads what Chart.js actually laid out (tick
 * label items of the category axis, the radar's point label boxes), so a skipped, clipped or overlapping label
 * fails it.
 */
class ChartLabelsBrowserTest extends DemoBrowserTest {

    private static final List<String> CHARTS = List.of("radar-chart", "gap-chart");
    /** The radar's shortest side on a 1280 px desktop, so its labels and rings read at a glance. */
    private static final int RADAR_MIN_DESKTOP = 440;

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

    /**
     * Runs in the page with the {@code <nlc-chart>} element as argument; returns the drawn category labels with
     * their boxes (canvas pixels), the canvas size and the layout facts that show mirroring.
     */
    private static final String READ_CHART = """
            const el = arguments[0];
            const chart = el.chart;
            const lines = (label) => Array.isArray(label) ? label : [String(label)];
            const labels = [];
            const result = {type: chart.config.type, width: chart.width, height: chart.height, labels,
                legendRtl: chart.options.plugins.legend.rtl === true,
                expected: JSON.parse(el.config).data.labels,
                legend: {left: chart.legend.left, right: chart.legend.right, top: chart.legend.top,
                    bottom: chart.legend.bottom}};
            if (chart.config.type === 'radar') {
              const scale = chart.scales.r;
              scale._pointLabelItems.forEach((item, i) => {
                if (item.visible) {
                  const font = Chart.helpers.toFont(scale.options.pointLabels
                      .setContext(scale.getPointLabelContext(i)).font);
                  labels.push({text: lines(scale._pointLabels[i]).join(' '), left: item.left, right: item.right,
                      top: item.top, bottom: item.bottom, size: font.size, rotation: 0});
                }
              });
              return result;
            }
            const horizontalBars = chart.options.indexAxis === 'y';
            const category = chart.scales[horizontalBars ? 'y' : 'x'];
            const value = chart.scales[horizontalBars ? 'x' : 'y'];
            const area = chart.chartArea;
            result.categoryAxisRight = category.left >= area.right - 1;
            result.categoryAxisLeft = category.right <= area.left + 1;
            result.valueGrowsLeft = value.isHorizontal()
                && value.getPixelForValue(value.max) < value.getPixelForValue(value.min);
            result.categoriesRunLeft = category.isHorizontal()
                && category.getPixelForTick(category.ticks.length - 1) < category.getPixelForTick(0);
            const ctx = chart.ctx;
            for (const item of category.getLabelItems()) {
              const text = lines(item.label);
              ctx.save();
              ctx.font = item.font.string;
              const w = Math.max(...text.map(line => ctx.measureText(line).width));
              ctx.restore();
              const lh = item.font.lineHeight;
              const align = item.options.textAlign;
              // Chart.js draws line i of a label with baseline 'middle' at textOffset + i * lineHeight.
              const x0 = align === 'right' ? -w : align === 'center' ? -w / 2 : 0;
              const y0 = item.textOffset - lh / 2;
              const [tx, ty] = item.options.translation;
              const r = item.options.rotation;
              const corners = [[x0, y0], [x0 + w, y0], [x0, y0 + text.length * lh], [x0 + w, y0 + text.length * lh]]
                  .map(([x, y]) => [tx + x * Math.cos(r) - y * Math.sin(r), ty + x * Math.sin(r) + y * Math.cos(r)]);
              labels.push({text: text.join(' '),
                  left: Math.min(...corners.map(c => c[0])), right: Math.max(...corners.map(c => c[0])),
                  top: Math.min(...corners.map(c => c[1])), bottom: Math.max(...corners.map(c => c[1])),
                  size: item.font.size, rotation: r, baseline: item.options.textBaseline});
            }
            return result;
            """;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    AssessmentService service;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void everyCategoryOfEveryChartKeepsItsOwnLabelAtPhoneAndDesktopWidthInEveryLanguage() {
        Fixtures world = new Fixtures(setup);
        // Six core themes with a national view (four radar series at most), and nine themes with the longest names.
        long core = answeredRound(world.coordinatorA1, world.cityA1, Tier.CORE, Set.of());
        rateNationally(world.nationalA1B1, core);
        long full = answeredRound(world.coordinatorA2, world.cityA2, Tier.DETAILED, Set.of("M1", "M2", "M3"));
        Fixtures.signOut();

        driver = BrowserSupport.start(1280, 900);
        BrowserSupport.signIn(driver, port, world.advisorA, Fixtures.PASSWORD);
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String language : List.of("en", "fr", "ar")) {
            switchLanguage(
                    driver,
                    Map.of("en", "English", "fr", "Français", "ar", "العربية").get(language));
            waitFor(driver).until(d -> language.equals(js(d, "return document.documentElement.lang")));
            settle(driver);
            // Each round is opened once and the window resized around it, so the charts also show that they lay
            // their labels out again when the width changes.
            for (long round : List.of(core, full)) {
                openResults(round);
                for (int width : round == core ? List.of(1280, 360) : List.of(360, 1280)) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    chartsReady();
                    assertThat(js(driver, "return window.innerWidth"))
                            .as("viewport width")
                            .isEqualTo((long) width);
                    for (String chart : CHARTS) {
                        String where = chart + " " + language + " " + width + "px " + (round == core ? "core" : "full");
                        Map<String, Object> drawn = read(chart);
                        problems.addAll(check(where, drawn, "ar".equals(language)));
                        double side = Math.min(number(drawn.get("width")), number(drawn.get("height")));
                        if (width >= 1280 && chart.equals("radar-chart") && side < RADAR_MIN_DESKTOP) {
                            // Beside the gap chart the radar shrank to a small disc with crowded labels.
                            problems.add(where + ": radar canvas " + Math.round(side) + " px on its short side, under "
                                    + RADAR_MIN_DESKTOP);
                        }
                        seen.put(
                                where,
                                ((List<?>) drawn.get("labels")).size() + " of "
                                        + ((List<?>) drawn.get("expected")).size() + " labels, canvas "
                                        + drawn.get("width")
                                        + "x" + drawn.get("height"));
                        if (round == full && !"fr".equals(language)) {
                            chartScreenshot(chart, "40-" + chart + "-" + language + "-" + width);
                        }
                    }
                }
            }
        }
        System.out.println("Chart labels drawn:\n"
                + seen.entrySet().stream()
                        .map(e -> "  " + e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n")));
        assertThat(problems).isEmpty();
    }

    private long answeredRound(String coordinator, long city, Tier tier, Set<String> modules) {
        Fixtures.signIn(coordinator);
        long round = service.start(new NewAssessment(city, "Charts", tier, modules, Map.of()));
        List<Theme> themes = service.themesInScope(round);
        int t = 0;
        for (Theme theme : themes) {
            service.setTarget(round, theme.id(), 4);
            int i = 0;
            for (Item item : theme.items()) {
                // Different levels per theme, all below the target, so every theme has a gap and its own bar.
                service.save(round, item.id(), AnswerDraft.empty().withLevel((t + i++) % 4), SavedAnswer.NEW);
            }
            t++;
        }
        return round;
    }

    private void rateNationally(String focalPoint, long round) {
        Fixtures.signIn(focalPoint);
        int i = 0;
        for (Item item : service.themesInScope(round).stream()
                .flatMap(theme -> theme.items().stream())
                .toList()) {
            service.save(round, item.id(), AnswerDraft.empty().withLevel(i++ % 5), SavedAnswer.NEW);
        }
    }

    private void openResults(long round) {
        driver.get("http://localhost:" + port + "/assessments/" + round + "/results");
        CHARTS.forEach(chart -> visible(driver, By.id(chart)));
        chartsReady();
    }

    private void chartsReady() {
        for (String chart : CHARTS) {
            WebElement element = driver.findElement(By.id(chart));
            // Drawn, and laid out at the element's final size (a chart may resize itself to fit its categories).
            try {
                waitFor(driver).until(d -> Boolean.TRUE.equals(js(d, """
                        const el = arguments[0];
                        const box = el.shadowRoot && el.shadowRoot.querySelector('.box');
                        return !!el.chart && !!el.chart.chartArea && !!box && el.chart.width > 0
                            && Math.abs(el.chart.width - box.clientWidth) < 1
                            && Math.abs(el.chart.height - box.clientHeight) < 1""", element)));
            } catch (TimeoutException e) {
                throw new AssertionError(chart + " was not laid out at its size: " + js(driver, """
                        const el = arguments[0];
                        const box = el.shadowRoot.querySelector('.box');
                        return (el.chart ? 'chart ' + el.chart.width + 'x' + el.chart.height : 'no chart')
                            + ', box ' + box.clientWidth + 'x' + box.clientHeight""", element), e);
            }
        }
        settle(driver);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String chart) {
        return (Map<String, Object>) js(driver, READ_CHART, driver.findElement(By.id(chart)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> check(String where, Map<String, Object> drawn, boolean rtl) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> labels = (List<Map<String, Object>>) drawn.get("labels");
        List<String> expected = ((List<Object>) drawn.get("expected"))
                .stream().map(String::valueOf).toList();
        double width = number(drawn.get("width"));
        double height = number(drawn.get("height"));
        List<String> texts = labels.stream()
                .map(label -> normalise((String) label.get("text")))
                .toList();
        Map<String, Long> counts =
                texts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (String category : expected) {
            if (counts.getOrDefault(normalise(category), 0L) != 1) {
                problems.add(
                        where + ": category \"" + category + "\" drawn " + counts.getOrDefault(normalise(category), 0L)
                                + " times (" + labels.size() + " of " + expected.size() + " labels drawn)");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            Map<String, Object> a = labels.get(i);
            if (number(a.get("left")) < -0.5
                    || number(a.get("top")) < -0.5
                    || number(a.get("right")) > width + 0.5
                    || number(a.get("bottom")) > height + 0.5) {
                problems.add(where + ": \"" + a.get("text") + "\" leaves the " + width + "x" + height + " canvas: "
                        + box(a));
            }
            Map<String, Object> legend = (Map<String, Object>) drawn.get("legend");
            if (overlaps(a, legend)) {
                problems.add(where + ": \"" + a.get("text") + "\" " + box(a) + " overlaps the legend " + box(legend));
            }
            if (number(a.get("size")) < 11) {
                problems.add(where + ": \"" + a.get("text") + "\" is drawn at " + a.get("size") + " px");
            }
            for (int j = i + 1; j < labels.size(); j++) {
                Map<String, Object> b = labels.get(j);
                if (overlaps(a, b)) {
                    problems.add(where + ": \"" + a.get("text") + "\" " + box(a) + " overlaps \"" + b.get("text")
                            + "\" " + box(b));
                }
            }
        }
        if (Boolean.TRUE.equals(drawn.get("legendRtl")) != rtl) {
            problems.add(where + ": legend right-to-left is " + drawn.get("legendRtl"));
        }
        if ("bar".equals(drawn.get("type"))) {
            // Horizontal bars: categories on the reading side, bars growing away from it.
            boolean categoryOnReadingSide =
                    Boolean.TRUE.equals(drawn.get(rtl ? "categoryAxisRight" : "categoryAxisLeft"));
            boolean growsLeft = Boolean.TRUE.equals(drawn.get("valueGrowsLeft"));
            if (!categoryOnReadingSide || growsLeft != rtl) {
                problems.add(where + ": bars are not laid out " + (rtl ? "right to left" : "left to right")
                        + " (category axis on the " + (rtl ? "right" : "left") + ": " + categoryOnReadingSide
                        + ", bars grow to the left: " + growsLeft + ")");
            }
        }
        return problems;
    }

    private static boolean overlaps(Map<String, Object> a, Map<String, Object> b) {
        return number(a.get("left")) < number(b.get("right")) - 0.5
                && number(b.get("left")) < number(a.get("right")) - 0.5
                && number(a.get("top")) < number(b.get("bottom")) - 0.5
                && number(b.get("top")) < number(a.get("bottom")) - 0.5;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String box(Map<String, Object> label) {
        return String.format(
                "[%.0f,%.0f %.0fx%.0f]",
                number(label.get("left")),
                number(label.get("top")),
                number(label.get("right")) - number(label.get("left")),
                number(label.get("bottom")) - number(label.get("top")));
    }

    private void chartScreenshot(String chart, String name) {
        // The chart's section scrolled to the top of the window; an element screenshot would change the viewport.
        js(driver, "arguments[0].parentElement.scrollIntoView({block: 'start'})", driver.findElement(By.id(chart)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }
}
