package io.nlc.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read API's OpenAPI document (springdoc builds the paths from the controller): title and the bearer scheme. */
@Configuration
class OpenApiConfiguration {

    static final String SCHEME = "bearer";

    @Bean
    OpenAPI readApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("NLC Self-Assessment read API")
                                .version("1")
                                .description(
                                        "Read-only access for a hub's own dashboards: the rounds of the hub's cities, "
                                                + "their scores and action plans, and the hub portfolio. An administrator issues a "
                                                + "token for one hub under Read API clients; send it in the header "
                                                + "Authorization, after the word Bearer and a space. Times are ISO-8601 instants in UTC, dates ISO-8601 days."))
                .components(new Components()
                        .addSecuritySchemes(
                                SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token issued by an administrator for one hub")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
