package io.nlc.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.nlc.content.Language;
import io.nlc.organisation.Organisation;
import org.springframework.stereotype.Component;

/** Every new page starts in the signed-in user's remembered language, or the visitor's. */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final Organisation organisation;

    LanguageInitializer(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            UI ui = enter.getUI();
            Language language = organisation.isSignedIn()
                    ? organisation.currentUser().language() : Languages.forVisitor(ui);
            if (ComponentUtil.getData(ui, Language.class) != language) {
                ComponentUtil.setData(ui, Language.class, language);
                Languages.apply(ui, language);
            }
        }));
    }
}
