package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.content.Language;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sign-in page's messages: one for any failed attempt, another when attempts are being slowed down; and its
 * languages whatever the server's own.
 */
@Isolated // it sets the JVM's default locale for a moment: no test may run beside it
@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aFailedSignInShowsTheSameMessageWhateverWentWrong() {
        open("error");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains(UI.getCurrent().getTranslation("login.error.message"))
                .doesNotContain(UI.getCurrent().getTranslation("login.throttled.title"));
    }

    @Test
    void aFailedSignInKeepsTheUserNameSoOnlyThePasswordIsRetyped() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.LAST_USERNAME, "coordinator.fes");
        open("error");
        roundTrip();
        assertThat(pendingScripts()).anySatisfy(script -> assertThat(script).contains("coordinator.fes"));
        // Read once: a later visit starts empty.
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginView.LAST_USERNAME))
                .isNull();
    }

    @Test
    void aThrottledSignInSaysHowManyMinutesToWait() {
        open("throttled", "7");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains(UI.getCurrent().getTranslation("login.throttled.title"))
                .contains(UI.getCurrent().getTranslation("login.throttled.message", 7))
                .contains(" 7 minutes");
    }

    @Test
    void aThrottledSignInBelievesTheLinkOnlyUpToTheLongestWait() {
        open("throttled", "100000");
        assertThat(i18n($(LoginForm.class).single()))
                .contains(UI.getCurrent().getTranslation("login.throttled.message", 15));
        open("throttled", "soon");
        assertThat(i18n($(LoginForm.class).single()))
                .contains(UI.getCurrent().getTranslation("login.throttled.message", 1));
    }

    @Test
    void anExpiredOneTimePasswordAsksForANewOne() {
        open("expired");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains(
                        UI.getCurrent().getTranslation("login.expired.title"),
                        UI.getCurrent().getTranslation("login.expired.message"));
    }

    @Test
    void aCodeNotTypedInTimeAsksToSignInAgain() {
        open("expired-code");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains(
                        UI.getCurrent().getTranslation("second-factor.sign-in.expired.title"),
                        UI.getCurrent().getTranslation("second-factor.sign-in.expired.message"));
    }

    @Test
    void aFreshVisitShowsNoError() {
        navigate("login", LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void arabicUsesTheMoroccanLocaleSoNumbersKeepWesternDigits() {
        VaadinSession.getCurrent().setAttribute(Language.class, Language.AR);
        navigate("login", LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("ar", "MA"));
        assertThat($(LoginForm.class).single().getTranslation("app.title"))
                .isEqualTo(UI.getCurrent().getTranslation(Language.AR.locale(), "app.title"));
    }

    @Test
    void englishStaysEnglishOnAServerWhoseOwnLanguageIsFrenchOrArabic() {
        Locale server = Locale.getDefault();
        try {
            for (Locale other : List.of(Locale.FRENCH, Locale.of("ar", "MA"))) {
                Locale.setDefault(other);
                ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
                ResourceBundle.clearCache(LoginViewTest.class.getClassLoader());
                assertThat(UI.getCurrent().getTranslation(Language.EN.locale(), "login.title"))
                        .as("server in " + other)
                        .isEqualTo("Sign in");
                assertThat(UI.getCurrent().getTranslation(Language.AR.locale(), "login.title"))
                        .as("server in " + other)
                        .isEqualTo("تسجيل الدخول");
            }
        } finally {
            Locale.setDefault(server);
        }
    }

    /** The scripts waiting to be sent to the browser, each with its parameters. */
    private static List<String> pendingScripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation().getExpression() + " "
                        + pending.getInvocation().getParameters())
                .toList();
    }

    /** The texts the form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void open(String parameter) {
        open(parameter, "");
    }

    private static void open(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of(parameter, value)));
    }
}
