package io.nlc.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.kernel.LoggedFailure;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a page: a plain apology instead of Vaadin's page, which prints the exception's
 * message. The exception goes to the server log only.
 */
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        // The path is the visitor's input: no control characters into the log.
        String path = event.getLocation().getPath().replaceAll("\\p{Cntrl}", "?");
        // The exception's message may quote what was typed: at DEBUG only.
        LOG.error("Could not open /{}", path, LoggedFailure.of(parameter.getException()));
        LOG.debug("Could not open /{}", path, parameter.getException());
        removeAll();
        addClassName("page");
        addClassName("error-page");
        add(
                new H1(getTranslation("error.server.title")),
                new Paragraph(getTranslation("error.server.message")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
