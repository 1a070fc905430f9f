package io.nlc.base;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.organisation.NotVisibleException;

/**
 * An id of a city or hub the user may not see gets the very page and status of an id that names nothing, so that
 * trying ids tells nobody which exist. Other refusals keep the access-denied page ({@link AccessDeniedView}).
 */
@AnonymousAllowed
class NotVisibleView extends Main implements HasErrorParameter<NotVisibleException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotVisibleException> parameter) {
        return NotFoundView.show(this);
    }
}
