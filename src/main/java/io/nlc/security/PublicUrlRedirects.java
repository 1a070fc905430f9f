package io.nlc.security;

import io.nlc.kernel.NlcProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects never take their address from the request's {@code Host} header (W10), which anyone can set: a
 * redirect to our own host becomes {@code nlc.public-url} plus the path when that is configured, or just the path
 * otherwise (which browsers resolve against the address they are on). Spring Security builds absolute addresses for
 * its sign-in redirects; the container keeps relative ones relative ({@code server.tomcat.use-relative-redirects}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicUrlRedirects extends OncePerRequestFilter {

    private final @Nullable String publicUrl;

    PublicUrlRedirects(NlcProperties properties) {
        String trimmed = properties.publicUrl().strip();
        this.publicUrl =
                trimmed.isEmpty() ? null : trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rewrite(location, request));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(rewrite(location, request), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? rewrite(value, request) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) ? rewrite(value, request) : value);
            }
        });
    }

    /** An absolute address on the host the request named loses that host; anything else stays as it is. */
    String rewrite(String location, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException notAUri) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
            return location;
        }
        String rest = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicUrl == null ? rest : publicUrl + rest;
    }
}
