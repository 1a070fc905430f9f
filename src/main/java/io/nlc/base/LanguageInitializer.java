package io.nlc.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
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
            init.getUI().addBeforeEnterListener(new PageLanguage(browser, Languages.remembered(request)));
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

    /** Picks one page's language at every navigation; remembers a signed-in person's choice in this browser. */
    private final class PageLanguage implements BeforeEnterListener {

        private final Language browser;
        // What this browser's cookie holds, kept up to date once the page has set it.
        private String remembered;

        PageLanguage(Language browser, String remembered) {
            this.browser = browser;
            this.remembered = remembered;
        }

        @Override
        public void beforeEnter(BeforeEnterEvent enter) {
            UI ui = enter.getUI();
            boolean signedIn = organisation.isSignedIn();
            Language language =
                    signedIn ? organisation.currentUser().language() : Languages.forVisitor(ui, remembered, browser);
            if (signedIn && !language.code().equals(remembered)) {
                Languages.remember(language);
                remembered = language.code();
            }
            if (ComponentUtil.getData(ui, Language.class) != language) {
                ComponentUtil.setData(ui, Language.class, language);
                Languages.apply(ui, language);
            }
        }
    }
}
