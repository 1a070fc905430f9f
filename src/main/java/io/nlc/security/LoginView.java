package io.nlc.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.base.LanguageSwitcher;
import io.nlc.organisation.Organisation;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in page; the same message for an unknown user and a wrong password, and a request to wait when too many
 * attempts failed ({@link LoginThrottle}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Session attribute: the user name of the last failed attempt, read once by the next sign-in page. */
    static final String LAST_USERNAME = LoginView.class.getName() + ".lastUsername";

    private final LoginForm form = new LoginForm();

    LoginView(Organisation organisation) {
        addClassName("login-view");
        H1 title = new H1(getTranslation("app.title"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tagline");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        LanguageSwitcher switcher = new LanguageSwitcher(organisation);
        add(switcher, title, tagline, form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /** How long the throttle said to wait, in minutes; anyone can write the link, so only 1 to 15 is believed. */
    private static int minutesToWait(List<String> values) {
        try {
            return LoginThrottle.minutesToTell(Duration.ofMinutes(Integer.parseInt(values.getFirst())));
        } catch (RuntimeException notANumber) {
            return 1;
        }
    }

    /** "Wait 3 minutes, then try again", in the reader's language and grammar. */
    static String throttledMessage(Component page, int minutes) {
        return page.getTranslation("login.throttled.message", minutes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey("throttled");
        boolean expired = parameters.containsKey("expired");
        boolean codeExpired = parameters.containsKey("expired-code");
        LoginI18n i18n = i18n();
        if (throttled) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(throttledMessage(this, minutesToWait(parameters.get("throttled"))));
        } else if (expired) {
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        } else if (codeExpired) {
            i18n.getErrorMessage().setTitle(getTranslation("second-factor.sign-in.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("second-factor.sign-in.expired.message"));
        }
        boolean failed = throttled || expired || codeExpired || parameters.containsKey("error");
        boolean ended = !failed && sessionEnded();
        if (ended) {
            i18n.getErrorMessage().setTitle(getTranslation("login.ended.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.ended.message"));
        }
        form.setI18n(i18n);
        boolean error = failed || ended;
        form.setError(error);
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object username = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        if (error && username instanceof String name) {
            // The form's fields live in the browser: fill the user name in there.
            form.getElement().executeJs("""
                    const form = this;
                    // The form draws its fields once its texts arrive: fill in after.
                    const fill = (tries) => {
                      const user = form.querySelector('#vaadinLoginUsername');
                      if (!user) {
                        if (tries > 0) setTimeout(() => fill(tries - 1), 50);
                        return;
                      }
                      user.value = $0;
                    };
                    customElements.whenDefined('vaadin-login-form')
                      .then(() => form.updateComplete)
                      .then(() => requestAnimationFrame(() => requestAnimationFrame(() => fill(40))));""", name);
        }
    }

    /**
     * Whether this browser was signed in and its session ended without a sign-out ({@link SessionEndedNotice}); said
     * once, so the cookie goes.
     */
    private static boolean sessionEnded() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)
                || !SessionEndedNotice.present(request.getCookies())) {
            return false;
        }
        VaadinResponse.getCurrent().addCookie(SessionEndedNotice.cleared(request.getHttpServletRequest()));
        return true;
    }

    /** Keeps what was typed as the user name of a failed sign-in (trimmed, and only a plausible one). */
    static void keepUsername(HttpSession session, @Nullable String username) {
        if (username != null && !username.isBlank() && username.length() <= 120) {
            session.setAttribute(LAST_USERNAME, username.strip());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}
