package io.nlc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security headers on Vaadin's own pages too, not only on static files, and sign-in throttling over real HTTP (same
 * context as the browser journey).
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loginPageCarriesTheSecurityHeaders() throws IOException, InterruptedException {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy"))
                .get()
                .asString()
                .contains("camera=()", "microphone=()", "geolocation=()")
                .doesNotContain("clipboard");
        assertThat(login.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
    }

    @Test
    void theSignInPageNamesTheAppsIconWhichAnyoneMayLoad() throws IOException, InterruptedException {
        assertThat(get("/login").body()).contains("<link href=\"nlc/favicon.svg\" rel=\"icon\"");
        HttpResponse<String> icon = get("/nlc/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
    }

    @Test
    void protectedPagesSendStrangersToTheLoginPage() throws IOException, InterruptedException {
        HttpResponse<String> questionnaire = get("/assessments/1");
        assertThat(questionnaire.statusCode()).isEqualTo(302);
        assertThat(questionnaire.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
    }

    @Test
    void repeatedFailedSignInsAreSlowedDownWithoutTellingWhetherTheAccountExists() throws Exception {
        for (String username : new String[] {"coordinator.oujda", "no-such-user-" + System.nanoTime()}) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(username, "wrong-password-" + i))
                        .as(username + " attempt " + i)
                        .endsWith("/login?error");
            }
            // The first wait is 1 s after the fifth attempt and doubles; a slow machine may take that long to check
            // a password, so one of the next three attempts (1, 2, 4 s) must be turned away.
            boolean throttled = false;
            for (int i = 0; i < 3 && !throttled; i++) {
                throttled = signIn(username, "still-wrong-" + i).contains("/login?throttled=");
            }
            assertThat(throttled).as(username + " throttled").isTrue();
        }
        assertThat(signIn("member.tangier", "nlc-demo-2026"))
                .as("another account signs in")
                .doesNotContain("login");
    }

    /** F2: another site's auto-submitting form must not sign the visitor's browser in as someone else. */
    @Test
    void aSignInWithoutTheFormsTokenIsRefused() throws IOException, InterruptedException {
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=member.tangier&password=nlc-demo-2026"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // Refused with 403, which the container's error page turns into the way to the sign-in page.
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        String cookie = forged.headers()
                .firstValue("Set-Cookie")
                .map(value -> value.split(";", 2)[0])
                .orElse("");
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("not signed in").isEqualTo(302);
    }

    /** W5, W7: the session id travels in a SameSite, HttpOnly cookie, never in an address. */
    @Test
    void theSessionCookieIsSameSiteAndHttpOnlyAndTheIdNeverAppearsInAnAddress() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        for (String path : new String[] {"/", "/VAADIN/", "/assessments/1"}) {
            HttpResponse<String> first = get(path);
            assertThat(first.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .doesNotContainIgnoringCase("jsessionid");
            assertThat(first.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
        }
    }

    /** W10: a forged Host header does not end up in the address the browser is sent to. */
    @Test
    void redirectsDoNotTakeTheirAddressFromTheHostHeader() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET /assessments/1 HTTP/1.1\r\nHost: evil.example\r\n" + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String location = response.lines()
                    .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .findFirst()
                    .orElseThrow();
            assertThat(location).doesNotContain("evil.example").endsWith("/login");
        }
    }

    /**
     * Posts the sign-in form as the sign-in page does (with its session cookie and the form's token) and returns
     * where the app sends the browser next.
     */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String token = meta(page.body(), "_csrf");
        String parameter = meta(page.body(), "_csrf_parameter");
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&"
                                + parameter + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String meta(String html, String name) {
        Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(matcher.find()).as("meta " + name + " on the sign-in page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
