package io.nlc.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.ServerLane;
import io.nlc.testsupport.ShippedContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Without the drill profile (here with the demo, as SecurityHeadersTest, so the context is shared) the drill
 * endpoint, its sign-in by HTTP basic and its cities do not exist: a real user's basic credentials are not accepted
 * and /drill/** is an ordinary protected address that sends the caller to the sign-in page.
 */
@ServerLane
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "nlc.demo.enabled=true", ShippedContent.PROPERTY})
class DrillAbsentTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutTheDrillProfileThereIsNoDrillEndpoint() throws Exception {
        assertThat(context.getBeansOfType(DrillEndpoint.class)).isEmpty();
        assertThat(context.getBeansOfType(DrillData.class)).isEmpty();
        assertThat(context.getBeansOfType(DrillSecurity.class)).isEmpty();

        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString("coordinator.fes:nlc-demo-2026".getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"/drill/round", "/drill/history/1"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/login");
        }
        HttpResponse<String> save = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/drill/answers/1/T1.1"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"level\":1,\"comment\":\"x\",\"expectedVersion\":-1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(save.statusCode()).as("a save without the profile").isIn(302, 403);
    }
}
