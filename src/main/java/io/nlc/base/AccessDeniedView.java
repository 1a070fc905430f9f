package io.nlc.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.organisation.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a URL points at a city the user may not see: a clear page, never a stack trace. */
@AnonymousAllowed
class AccessDeniedView extends Main implements HasErrorParameter<NotPermittedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotPermittedException> parameter) {
        removeAll();
        addClassName("page");
        addClassName("error-page");
        add(
                new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.message")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
