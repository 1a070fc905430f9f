package io.nlc.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's own security chain, before the screens' (Vaadin's) one: stateless (no session is read or made),
 * bearer tokens only ({@link ApiTokenFilter}), no CSRF token since it only reads and carries no cookie, and every
 * refusal a JSON problem document. The OpenAPI document and its page are open to anyone, without a session. Nothing
 * of the screens' chain changes.
 */
@Configuration
class ApiSecurity {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";
    /** The Swagger UI page; springdoc redirects it to its files under /api/swagger-ui/, beside the versioned API. */
    static final String DOCS_PATH = "/api/docs";
    /** The API's document and its page, open to anyone. */
    static final String[] DOCS = {OPENAPI_PATH, OPENAPI_PATH + "/**", DOCS_PATH, "/api/swagger-ui/**"};

    /** JSON only: nothing may run or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The Swagger UI page: its own scripts and styles (inline styles for its widgets), nothing from elsewhere. */
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiClients clients, JsonMapper json) throws Exception {
        Problems problems = new Problems(json);
        RequestMatcher docs = new OrRequestMatcher(Arrays.stream(DOCS)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, DOCS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .hasRole("API_CLIENT")
                        .anyRequest()
                        .denyAll())
                .addFilterBefore(new ApiTokenFilter(clients, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, exception) -> problems.unauthorized(
                                request,
                                response,
                                "A bearer token is required: send the header 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, exception) -> problems.notAllowed(request, response)))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                docs, new ContentSecurityPolicyHeaderWriter(DOCS_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(docs), new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** The refusals written before any controller runs, as RFC 9457 problem documents. */
    static final class Problems {

        private final JsonMapper json;

        Problems(JsonMapper json) {
            this.json = json;
        }

        void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"nlc\"");
            write(request, response, HttpStatus.UNAUTHORIZED, detail);
        }

        /** The API only reads: any other method than GET is refused, with or without a token. */
        void notAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader(HttpHeaders.ALLOW, "GET");
            write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "The read API only answers GET.");
        }

        private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
                throws IOException {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            response.setStatus(status.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
