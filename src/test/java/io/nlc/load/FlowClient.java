package io.nlc.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser, as the server sees it: its cookies (the session, and the proxy's sticky cookie), the sign-in form
 * with its CSRF token, full page loads whose HTML carries the first state of the UI, and Flow's UIDL requests
 * ({@code ?v-r=uidl}) with the UI's security key and message ids, the way Vaadin's client sends them. Not thread
 * safe: one person, one request at a time, as a browser's Flow client does.
 */
final class FlowClient {

    /** The page's script goes on after the bootstrap's JSON: read the one value and stop. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BOOTSTRAP = "window.Vaadin.TypeScript=";

    /** What went wrong on the way, for the drill's error count; never retried silently. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private FlowTree tree = new FlowTree();
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;

    FlowClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient sharedHttp() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    FlowTree tree() {
        return tree;
    }

    /** Which instance the proxy's sticky cookie names, if any. */
    @Nullable
    String instance() {
        return cookies.get("NLCNODE");
    }

    /** The sign-in page, then its form; the server's redirect names the page it sends the person to. */
    void signIn(String username, String password) throws IOException, InterruptedException, Failure {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new Failure("sign-in page: " + page.statusCode());
        }
        String form =
                "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new Failure("sign-in of " + username + ": " + signedIn.statusCode() + " to " + location);
        }
    }

    /**
     * A full page load of {@code path}: the HTML carries the UI's id, its security key and the changes that build
     * the screen; then, as the browser does once it has started, the client tells the server where it is.
     */
    void open(String path) throws IOException, InterruptedException, Failure {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(base.resolve(path)).GET());
        int start = page.body().indexOf(BOOTSTRAP);
        if (page.statusCode() != 200 || start < 0) {
            throw new Failure("page " + path + ": " + page.statusCode());
        }
        JsonNode config;
        try (JsonParser parser = JSON.createParser(page.body().substring(start + BOOTSTRAP.length()))) {
            config = JSON.readTree(parser).path("initial").path("appConfig");
        }
        JsonNode uidl = config.path("uidl");
        tree = new FlowTree();
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl.path("changes"));
        String route = path.startsWith("/") ? path : "/" + path;
        int query = route.indexOf('?');
        rpc(List.of(navigate(
                query < 0 ? route : route.substring(0, query), query < 0 ? "" : route.substring(query + 1), "")));
    }

    /** What a click on a router link sends: the server builds the new view in the same UI. */
    JsonNode navigate(String route, String query) throws IOException, InterruptedException, Failure {
        return rpc(List.of(navigate(route, query, "link")));
    }

    private static ObjectNode navigate(String route, String query, String trigger) {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return event(1, "ui-navigate", data);
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode invocation =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        invocation.set("data", data);
        return invocation;
    }

    static ObjectNode event(int node, String event) {
        return event(node, event, JSON.createObjectNode());
    }

    /** A synchronised property, as the browser reports a value the person changed. */
    static ObjectNode sync(int node, String property, Object value) {
        ObjectNode invocation =
                JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1);
        invocation.put("property", property);
        invocation.set("value", JSON.valueToTree(value));
        return invocation;
    }

    /** One UIDL round trip: the invocations go, the server's changes come back and are applied to the tree. */
    JsonNode rpc(List<ObjectNode> invocations) throws IOException, InterruptedException, Failure {
        // The browser's elements already hold what it reports: so does the client's copy of them.
        invocations.stream()
                .filter(invocation -> "mSync".equals(invocation.path("type").asString()))
                .forEach(invocation -> tree.synchronised(
                        invocation.path("node").asInt(),
                        invocation.path("property").asString(),
                        invocation.path("value")));
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new Failure("uidl: HTTP " + response.statusCode());
        }
        // Older Flow versions wrap the message as for(;;);[...] against JSON hijacking.
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);[".length(), body.length() - 1);
        }
        JsonNode answer = JSON.readTree(body);
        JsonNode meta = answer.path("meta");
        if (meta.path("sessionExpired").asBoolean(false) || meta.has("appError")) {
            throw new Failure("uidl: " + meta);
        }
        if (!answer.has("clientId")) {
            throw new Failure("uidl: no message id in the answer (resynchronisation)");
        }
        clientId = answer.path("clientId").asInt();
        if (answer.has("syncId")) {
            syncId = answer.path("syncId").asInt();
        }
        tree.apply(answer.path("changes"));
        List<ObjectNode> reports = reportsAsked(answer);
        if (!reports.isEmpty()) {
            // The browser reports back at once, in a round trip of its own, before the person does anything.
            rpc(reports);
        }
        return answer;
    }

    /**
     * The reports a browser sends once it has run the answer's scripts. A script that waits for its result carries two
     * return channels as its last parameters: the result goes to the first, a failure to the second. The app's scripts
     * of that kind only ask for the report (base.ScreenResponseRelease), so each is answered with 0, as the browser does.
     */
    private static List<ObjectNode> reportsAsked(JsonNode answer) {
        List<ObjectNode> reports = new ArrayList<>();
        for (JsonNode script : answer.path("execute")) {
            int size = script.size();
            if (size >= 3
                    && script.get(size - 3).has("@v-return")
                    && script.get(size - 2).has("@v-return")) {
                JsonNode success = script.get(size - 3).get("@v-return");
                ObjectNode report = JSON.createObjectNode()
                        .put("type", "channel")
                        .put("node", success.get(0).asInt())
                        .put("channel", success.get(1).asInt());
                report.putArray("args").add(0);
                reports.add(report);
            }
        }
        return reports;
    }

    /** The browser's keep-alive for an open UI (every five minutes by default). */
    void heartbeat() throws IOException, InterruptedException, Failure {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new Failure("heartbeat: HTTP " + response.statusCode());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
