package io.nlc.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown address, or an id that names nothing. */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("page");
        addClassName("error-page");
        add(new H1(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.message")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
