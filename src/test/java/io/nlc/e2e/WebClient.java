package io.nlc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's HTTP side without a browser: its own cookies, its languages, and signing in through the form. */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final String acceptLanguage;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    WebClient(int port, String acceptLanguage) {
        this.port = port;
        this.acceptLanguage = acceptLanguage;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return send(request.build());
    }

    /** Drops the session cookie, and keeps the others: what the server sees when a session has ended. */
    void forgetSession() {
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .toList()
                .forEach(cookie -> cookies.getCookieStore().remove(null, cookie));
    }

    /** Signs in through the sign-in form (with its CSRF token, should the form require it) and checks it worked. */
    WebClient signIn(String username, String password) {
        Matcher token = CSRF.matcher(get("/login").body());
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as("sign-in of " + username)
                .get()
                .asString()
                .doesNotContain("login");
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
