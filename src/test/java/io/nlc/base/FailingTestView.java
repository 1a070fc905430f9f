package io.nlc.base;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test classpath only: a page that fails while opening, as a bug would, to see what the error page shows. */
@Route("test-only/failing")
@PermitAll
public class FailingTestView extends Main implements BeforeEnterObserver {

    /** Part of the failure's message: it must reach the log only. */
    public static final String DETAIL = "detail-for-the-log-only";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("Opening failed with " + DETAIL);
    }
}
