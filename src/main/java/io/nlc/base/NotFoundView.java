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

/** Unknown address, or an id that names nothing; never the exception's text. */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this);
    }

    /** Fills a page with the not-found message and returns its HTTP status. */
    static int show(Main page) {
        page.removeAll();
        page.addClassName("page");
        page.addClassName("error-page");
        page.add(
                new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.message")),
                new Anchor("", page.getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
