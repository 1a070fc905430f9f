package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.visible;

import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server heap kept per open session. A warm-up round first (see below), then heap in use after full garbage
 * collections; then {@value #SESSIONS} more browsers signed in on the home page, heap again;
 * then each of them opens the questionnaire, heap again. Differences over the number of sessions give the retained
 * heap of one signed-in session and of one with an assessment open. Run with bin/benchmarks.
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "nlc.demo.enabled=true",
            "server.tomcat.keep-alive-timeout=2s",
            ShippedContent.PROPERTY
        })
class SessionMemoryBenchmark {

    private static final int SESSIONS = 16;
    private static final String[] USERS = {"coordinator.fes", "member.fes", "advisor.mena", "national.focal"};

    @LocalServerPort
    int port;

    @Test
    void retainedHeapPerSession() throws InterruptedException {
        List<ChromeDriver> browsers = new ArrayList<>();
        try {
            // Warm-up with as many browsers as will be measured: loads classes and caches, and grows Tomcat's pool
            // of reusable connection buffers to its size for this load, so neither is counted as session state.
            // Their sessions stay open on the server and count in every figure alike.
            for (int i = 0; i < SESSIONS; i++) {
                ChromeDriver warmUp = signedIn(USERS[i % USERS.length]);
                openQuestionnaire(warmUp);
                browsers.add(warmUp);
            }
            browsers.forEach(ChromeDriver::quit);
            browsers.clear();
            // The browsers' WebDriver clients live in this JVM too: start them before the baseline.
            List<ChromeDriver> measured = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                measured.add(BrowserSupport.start(1280, 900));
            }
            browsers.addAll(measured);
            long start = heapAfterGc();
            for (int i = 0; i < SESSIONS; i++) {
                signIn(measured.get(i), USERS[i % USERS.length]);
            }
            long home = heapAfterGc();
            measured.forEach(this::openQuestionnaire);
            long questionnaire = heapAfterGc();
            System.out.printf(
                    "SESSION-MEMORY signed in, home page: %d KB per session%n", (home - start) / SESSIONS / 1024);
            System.out.printf(
                    "SESSION-MEMORY with the questionnaire open: %d KB per session (heap after GC: %d KB,"
                            + " %d KB, %d KB; %d sessions)%n",
                    (questionnaire - start) / SESSIONS / 1024,
                    start / 1024,
                    home / 1024,
                    questionnaire / 1024,
                    SESSIONS);
        } finally {
            browsers.forEach(ChromeDriver::quit);
        }
    }

    private ChromeDriver signedIn(String username) {
        ChromeDriver driver = BrowserSupport.start(1280, 900);
        signIn(driver, username);
        return driver;
    }

    private void signIn(ChromeDriver driver, String username) {
        BrowserSupport.signIn(driver, port, username);
        visible(driver, By.cssSelector("a.card-title"));
    }

    /** Opens Fès 2026 from the home page, a round every benchmark user may look at. */
    private void openQuestionnaire(ChromeDriver driver) {
        String fes2026 = driver.findElements(By.cssSelector("a.card-title")).stream()
                .filter(link -> link.getText().strip().equals("2026"))
                .findFirst()
                .orElseThrow()
                .getAttribute("href");
        BrowserSupport.open(driver, fes2026, By.cssSelector(".item-card"));
    }

    /** The median heap in use over five full collections, so one late finalizer does not skew it. */
    private static long heapAfterGc() throws InterruptedException {
        // Idle keep-alive connections (and their buffers) close first: they belong to the browser, not the session.
        Thread.sleep(4000);
        List<Long> used = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        Collections.sort(used);
        return used.get(used.size() / 2);
    }
}
