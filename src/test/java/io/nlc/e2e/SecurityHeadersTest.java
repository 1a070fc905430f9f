package io.nlc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security headers on Vaadin's own pages too, not only on static files, and sign-in throttling over real HTTP (same
 * context as the browser journey).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true"})
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loginPageCarriesTheSecurityHeaders() throws IOException, InterruptedException {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void protectedPagesSendStrangersToTheLoginPage() throws IOException, InterruptedException {
        HttpResponse<String> questionnaire = get("/assessments/1");
        assertThat(questionnaire.statusCode()).isEqualTo(302);
        assertThat(questionnaire.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void repeatedFailedSignInsAreSlowedDownWithoutTellingWhetherTheAccountExists() throws Exception {
        for (String username : new String[] {"coordinator.oujda", "no-such-user-" + System.nanoTime()}) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(username, "wrong-password-" + i)).as(username + " attempt " + i)
                        .endsWith("/login?error");
            }
            assertThat(signIn(username, "nlc-demo-2026")).as(username + " throttled").endsWith("/login?throttled");
        }
        assertThat(signIn("member.tangier", "nlc-demo-2026")).as("another account signs in").doesNotContain("login");
    }

    /** Posts the sign-in form and returns where the app sends the browser next. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
