package io.nlc.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.nlc.content.Language;
import io.nlc.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Every new page starts in the signed-in user's remembered language, else the one the visitor chose this session,
 * else the one this browser last used ({@link Languages#COOKIE}), else the best match of the browser's languages
 * ({@link Languages#forBrowser}).
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final Organisation organisation;

    LanguageInitializer(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            // The request that opens the page is the browser's own, with its Accept-Language header. Vaadin's
            // own pick falls back to its first bundle (Arabic) when the browser's first choice is not ours.
            VaadinRequest request = VaadinRequest.getCurrent();
            Language browser = Languages.forBrowser(request == null ? null : request.getHeader("Accept-Language"));
            // What this browser's cookie holds, kept up to date once the page has set it.
            String[] remembered = {Languages.remembered(request)};
            init.getUI().addBeforeEnterListener(enter -> {
                UI ui = enter.getUI();
                boolean signedIn = organisation.isSignedIn();
                Language language = signedIn
                        ? organisation.currentUser().language()
                        : Languages.forVisitor(ui, remembered[0], browser);
                if (signedIn && !language.code().equals(remembered[0])) {
                    Languages.remember(language);
                    remembered[0] = language.code();
                }
                if (ComponentUtil.getData(ui, Language.class) != language) {
                    ComponentUtil.setData(ui, Language.class, language);
                    Languages.apply(ui, language);
                }
            });
        });
        // The page is rendered with its first response (eager server load): give its <html> the page's language and
        // direction from the start, instead of Vaadin's first bundle, so Arabic never flashes left-to-right.
        event.addIndexHtmlRequestListener(response -> response.getUI()
                .map(ui -> ComponentUtil.getData(ui, Language.class))
                .ifPresent(language -> response.getDocument()
                        .getElementsByTag("html")
                        .attr("lang", language.code())
                        .attr("dir", language.rightToLeft() ? "rtl" : "ltr")));
    }
}
