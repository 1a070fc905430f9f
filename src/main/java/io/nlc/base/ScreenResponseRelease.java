package io.nlc.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Flow keeps each page's last answer to the browser, to send it again should the browser say it never got it. The
 * answer that builds a screen holds the whole screen: for a detailed round's theme, about 98 KB at phone width. So
 * once a screen is built, the browser is asked to run a script that does nothing and report back; the small answer
 * to that report takes the screen's place. One short round trip per screen, sent as soon as the screen is shown.
 */
@Component
class ScreenResponseRelease implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(after -> askForReport(ui));
        });
    }

    private static void askForReport(UI ui) {
        ui.getPage().executeJs("return 0").then(ignored -> {});
    }
}
