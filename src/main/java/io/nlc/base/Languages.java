package io.nlc.base;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.content.Language;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Applies a language to the session and page: locale for translations, and right-to-left for Arabic. */
public final class Languages {

    private Languages() {}

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
        // Vaadin's connection indicator announces its status ("Online") to screen readers: in the page's language.
        ui.getPage()
                .executeJs(
                        "const c = window.Vaadin && window.Vaadin.connectionIndicator;"
                                + " if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }",
                        ui.getTranslation(locale, "connection.online"),
                        ui.getTranslation(locale, "connection.offline"),
                        ui.getTranslation(locale, "connection.reconnecting"));
    }

    /**
     * The language a visitor who is not signed in gets: the one chosen this session, else the one last used in this
     * browser ({@link #COOKIE}), else the browser's.
     */
    static Language forVisitor(UI ui, @Nullable String remembered, Language browser) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getAttribute(Language.class) != null) {
            return session.getAttribute(Language.class);
        }
        for (Language language : Language.values()) {
            if (language.code().equals(remembered)) {
                return language;
            }
        }
        return browser;
    }

    /**
     * The language last used in this browser, by a signed-in person or chosen on the sign-in page: the sign-in page
     * speaks it after a session has ended or after signing out, as the person left the app, rather than the
     * browser's (a town hall's computer is often set to French while its team works in Arabic). Only a language code.
     */
    static final String COOKIE = "NLC_LANGUAGE";

    /** A year: the language of a device's person changes seldom. */
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    /** The language this browser last used, from the request that opens the page; null when none. */
    static @Nullable String remembered(@Nullable VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Remembers the language in this browser with the current response. */
    static void remember(Language language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(COOKIE_SECONDS);
        response.addCookie(cookie);
    }

    /**
     * The best of our languages for a browser's {@code Accept-Language} header: the ranges in order of their
     * weight, each matched by its primary language (en-US gives English, ar-MA Arabic); French when none matches.
     */
    static Language forBrowser(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.FR;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Language.FR;
        }
        // parse() sorts the ranges by weight, highest first; q=0 means "not this one".
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-", 2)[0];
            if (range.getWeight() > 0) {
                for (Language language : Language.values()) {
                    if (language.code().equals(primary)) {
                        return language;
                    }
                }
            }
        }
        return Language.FR;
    }
}
