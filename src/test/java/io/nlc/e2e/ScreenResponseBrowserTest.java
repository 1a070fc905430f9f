package io.nlc.e2e;

import static io.nlc.e2e.BrowserSupport.settle;
import static io.nlc.e2e.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * What the server keeps of a screen once a real browser shows it: Flow holds each page's last answer to resend it,
 * and the answer that builds a round's theme is most of what its session would keep.
 */
class ScreenResponseBrowserTest extends DemoBrowserTest {

    /** A round trip's answer that changes nothing on the screen is well under this; a theme's cards are far over. */
    private static final int SMALL_ANSWER = 4_000;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void onceTheBrowserShowsAScreenTheServerNoLongerKeepsTheAnswerThatBuiltIt() throws IOException {
        // At a phone's width, where nothing on the screen opens by itself and so reports back to the server.
        driver = BrowserSupport.start(390, 844);
        BrowserSupport.signIn(driver, port, "advisor.mena");
        // A link in the page, as on the home page: Flow's router takes the click, and a round trip builds the screen.
        BrowserSupport.followRouterLink(driver, "assessments/5");
        waitFor(driver)
                .until(d -> d.findElements(By.cssSelector(".theme-panel .item-card"))
                                .size()
                        > 3);
        settle(driver);

        List<String> kept =
                lastAnswersOf(driver.manage().getCookieNamed("JSESSIONID").getValue());
        assertThat(kept).isNotEmpty();
        assertThat(kept)
                .allSatisfy(answer -> assertThat(answer.length())
                        .as("the page's last answer kept by the server")
                        .isLessThan(SMALL_ANSWER));
        // And the screen still works: a level chosen is saved.
        WebElement option = driver.findElements(By.cssSelector(".theme-panel .item-card .level-choice .choice-option"))
                .get(2);
        BrowserSupport.js(driver, "arguments[0].scrollIntoView({block: 'center'})", option);
        option.click();
        waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".theme-panel .item-card .status-saved"))
                        .isEmpty());
    }

    /** The last answer Flow keeps for each page (UI) of the browser's session. */
    private List<String> lastAnswersOf(String sessionId) throws IOException {
        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = context.getManager().findSession(sessionId);
        HttpSession http = session.getSession();
        VaadinSession vaadin = Collections.list(http.getAttributeNames()).stream()
                .map(http::getAttribute)
                .filter(VaadinSession.class::isInstance)
                .map(VaadinSession.class::cast)
                .findFirst()
                .orElseThrow();
        vaadin.lock();
        try {
            return vaadin.getUIs().stream()
                    .map(UI::getInternals)
                    .map(internals -> Objects.requireNonNullElse(internals.getLastRequestResponse(), ""))
                    .toList();
        } finally {
            vaadin.unlock();
        }
    }
}
