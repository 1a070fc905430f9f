package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.js;
import static io.nlc.e2e.BrowserSupport.visible;

import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bytes transferred (compressed, as on the wire) by a cold first load of /login and of the results page with its
 * charts, each in a new browser profile. Run with bin/benchmarks; not part of the test suite.
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
class ColdLoadBenchmark {

    private static final String TRANSFERRED = "const nav = performance.getEntriesByType('navigation')[0];"
            + " return nav.transferSize + performance.getEntriesByType('resource')"
            + ".reduce((sum, r) => sum + r.transferSize, 0);";

    @LocalServerPort
    int port;

    @Test
    void coldFirstLoad() {
        List<Long> login = new ArrayList<>();
        List<Long> results = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            ChromeDriver driver = BrowserSupport.start(1280, 900);
            try {
                driver.get("http://localhost:" + port + "/login");
                visible(driver, By.cssSelector("input[name='username']"));
                BrowserSupport.settle(driver);
                login.add((Long) js(driver, TRANSFERRED));
            } finally {
                driver.quit();
            }
            driver = BrowserSupport.start(1280, 900);
            try {
                driver.get("http://localhost:" + port + "/login");
                visible(driver, By.cssSelector("input[name='username']")).sendKeys("coordinator.fes");
                driver.findElement(By.cssSelector("input[name='password']"))
                        .sendKeys("nlc-demo-2026", org.openqa.selenium.Keys.ENTER);
                BrowserSupport.waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login"));
                visible(driver, By.cssSelector(".results-link")).click();
                BrowserSupport.waitFor(driver)
                        .until(d -> Boolean.TRUE.equals(
                                js(d, "const c = document.getElementById('radar-chart'); return !!c && !!c.chart")));
                BrowserSupport.settle(driver);
                results.add((Long) js(driver, TRANSFERRED));
            } finally {
                driver.quit();
            }
        }
        System.out.printf("COLD-LOAD login: median %d bytes, runs %s%n", median(login), login);
        System.out.printf(
                "COLD-LOAD sign-in + home + results with charts: median %d bytes, runs %s%n", median(results), results);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
