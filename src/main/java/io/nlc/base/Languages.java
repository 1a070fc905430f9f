package io.nlc.base;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.content.Language;
import java.util.Locale;

/** Applies a language to the session and page: locale for translations, and right-to-left for Arabic. */
public final class Languages {

    private Languages() {
    }

    public static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.FR : Language.of(ui.getLocale());
    }

    static void apply(UI ui, Language language) {
        Locale locale = language.locale();
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    /** The language a visitor who is not signed in gets: the one chosen this session, else the browser's. */
    static Language forVisitor(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getAttribute(Language.class) != null) {
            return session.getAttribute(Language.class);
        }
        Locale browser = ui.getLocale();
        for (Language language : Language.values()) {
            if (language.code().equals(browser.getLanguage())) {
                return language;
            }
        }
        return Language.FR;
    }
}
