package io.nlc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with its bearer token, for this request only. A request without an Authorization header goes on
 * unsigned (the OpenAPI page needs none; the API itself then answers 401); a header that is not a bearer token, an
 * unknown token and a revoked one are refused at once with 401, each saying which.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final ApiSecurity.Problems problems;

    ApiTokenFilter(ApiClients clients, ApiSecurity.Problems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.unauthorized(
                    request, response, "Only bearer tokens are accepted: 'Authorization: Bearer <token>'.");
            return;
        }
        switch (clients.authenticate(header.substring(BEARER.length()).strip())) {
            case ApiClients.Check.Active active -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        active.principal(), null, List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT"))));
                SecurityContextHolder.setContext(context);
                chain.doFilter(request, response);
            }
            case ApiClients.Check.Revoked revoked ->
                problems.unauthorized(request, response, "This token has been revoked.");
            case ApiClients.Check.Unknown unknown ->
                problems.unauthorized(request, response, "This token is not known.");
        }
    }
}
