package io.nlc.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The content security policy, with a fresh nonce per response for scripts instead of {@code 'unsafe-inline'}: the
 * page Vaadin writes holds inline scripts (its start-up data differs on every page, so hashes cannot name them), and
 * each of them gets the nonce; a script injected into the page has none and does not run. What the trial in headless
 * Chromium found (docs/architecture.md, "Content security policy"): Vaadin's client runs the server's JavaScript
 * calls through {@code new Function}, so without {@code 'unsafe-eval'} the app does not even load; and its components
 * write inline styles at run time, so styles keep {@code 'unsafe-inline'} (a nonce there would void it).
 */
@Component
class ScriptNonces implements HeaderWriter, VaadinServiceInitListener {

    static final String ATTRIBUTE = ScriptNonces.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }

    /** Runs before Vaadin writes the page (headers are written eagerly), so the page can read the nonce. */
    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String nonce = request.getAttribute(ATTRIBUTE) instanceof String earlier ? earlier : null;
        if (nonce == null) {
            byte[] random = new byte[18];
            RANDOM.nextBytes(random);
            nonce = Base64.getEncoder().encodeToString(random);
            request.setAttribute(ATTRIBUTE, nonce);
        }
        response.setHeader("Content-Security-Policy", policy(nonce));
    }

    /** Every script of the page Vaadin writes, its own start-up scripts included, carries this response's nonce. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest().getAttribute(ATTRIBUTE) instanceof String nonce) {
                page.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
