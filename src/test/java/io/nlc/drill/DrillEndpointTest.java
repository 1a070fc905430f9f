package io.nlc.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.ServerLane;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the drill profile a drill coordinator signs in with HTTP basic, saves through the real service (version,
 * conflict and city checks included) and reads the answer back in the round and in its history.
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "nlc.drill.cities=2",
            "nlc.drill.team-cities=1",
            "nlc.drill.team-size=3",
            "nlc.drill.password=" + DrillEndpointTest.PASSWORD
        })
@ActiveProfiles("drill")
class DrillEndpointTest {

    static final String PASSWORD = "drill-test-password-1";

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorSavesThroughTheServiceAndFindsTheSaveInTheRoundAndItsHistory() throws Exception {
        HttpClient client = client();
        HttpResponse<String> round = send(client, "drill.01", PASSWORD, "GET", "/drill/round", null);
        assertThat(round.statusCode()).isEqualTo(200);
        long assessmentId = Long.parseLong(round.body().replaceAll(".*\"assessmentId\":(\\d+).*", "$1"));
        String item = round.body().replaceAll(".*\"items\":\\[\"([^\"]+)\".*", "$1");

        HttpResponse<String> saved = send(
                client,
                null,
                null,
                "PUT",
                "/drill/answers/" + assessmentId + "/" + item,
                "{\"level\":3,\"comment\":\"token-1\",\"expectedVersion\":-1}");
        assertThat(saved.statusCode())
                .as("signed in by the session cookie now: %s", saved.body())
                .isEqualTo(200);
        assertThat(saved.body()).contains("\"comment\":\"token-1\"", "\"version\":0");

        HttpResponse<String> stale = send(
                client,
                null,
                null,
                "PUT",
                "/drill/answers/" + assessmentId + "/" + item,
                "{\"level\":1,\"comment\":\"token-2\",\"expectedVersion\":-1}");
        assertThat(stale.statusCode()).as("a stale version is a conflict").isEqualTo(409);
        assertThat(stale.body()).contains("\"comment\":\"token-1\"");

        assertThat(send(client, null, null, "GET", "/drill/round", null).body())
                .contains("\"" + item + "\":{\"version\":0,\"comment\":\"token-1\"}");
        assertThat(send(client, null, null, "GET", "/drill/history/" + assessmentId, null)
                        .body())
                .isEqualTo("[\"token-1\"]");

        HttpResponse<String> otherCity = send(
                client(),
                "drill.02",
                PASSWORD,
                "PUT",
                "/drill/answers/" + assessmentId + "/" + item,
                "{\"level\":2,\"comment\":\"intruder\",\"expectedVersion\":0}");
        assertThat(otherCity.statusCode()).as("another city's coordinator").isEqualTo(403);
    }

    @Test
    void aTeamCityHasMembersWhoAnswerTheCoordinatorsRoundAndOtherCitiesHaveNone() throws Exception {
        String coordinators = send(client(), "drill.01", PASSWORD, "GET", "/drill/round", null)
                .body();
        long round = Long.parseLong(coordinators.replaceAll(".*\"assessmentId\":(\\d+).*", "$1"));
        for (String member : List.of("drill.01.2", "drill.01.3")) {
            HttpResponse<String> members = send(client(), member, PASSWORD, "GET", "/drill/round", null);
            assertThat(members.statusCode()).as(member).isEqualTo(200);
            assertThat(members.body()).as(member).contains("\"assessmentId\":" + round + ",");
        }
        assertThat(send(client(), "drill.01.4", PASSWORD, "GET", "/drill/round", null)
                        .statusCode())
                .as("beyond the team size")
                .isEqualTo(401);
        assertThat(send(client(), "drill.02.2", PASSWORD, "GET", "/drill/round", null)
                        .statusCode())
                .as("a city without a team")
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assertThat(send(client(), "drill.01", "not-the-password", "GET", "/drill/round", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(client(), null, null, "GET", "/drill/round", null).statusCode())
                .isEqualTo(401);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> send(
            HttpClient client, String user, String password, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
