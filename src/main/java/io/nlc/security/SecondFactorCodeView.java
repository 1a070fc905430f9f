package io.nlc.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.base.LanguageSwitcher;
import io.nlc.organisation.Organisation;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The second step of signing in: the code from the person's authenticator app, or one of their recovery codes.
 * Reached only with a right password waiting in the session ({@link SecondFactorSignIn}); otherwise back to sign in.
 */
@Route(value = SecondFactorSignIn.CODE_PAGE, autoLayout = false)
@AnonymousAllowed
class SecondFactorCodeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorSignIn signIn;
    private final TextField code = new TextField();

    SecondFactorCodeView(SecondFactorSignIn signIn, Organisation organisation) {
        this.signIn = signIn;
        addClassName("login-view");
        addClassName("second-factor-view");
        code.setLabel(getTranslation("second-factor.sign-in.code"));
        code.setHelperText(getTranslation("second-factor.sign-in.help"));
        code.setMaxLength(40);
        code.setAutofocus(true);
        code.setWidthFull();
        // Lets phones offer the code from a message or an app, and browsers not save it as a password.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addClassName("second-factor-code");
        Button verify = new Button(getTranslation("second-factor.sign-in.submit"), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClassName("second-factor-submit");
        verify.setWidthFull();
        Anchor back = new Anchor("login", getTranslation("second-factor.sign-in.back"));
        VerticalLayout form = new VerticalLayout(
                new H2(getTranslation("second-factor.sign-in.title")),
                new Paragraph(getTranslation("second-factor.sign-in.intro")),
                code,
                verify,
                back);
        form.addClassName("second-factor-form");
        form.setMaxWidth("24em");
        form.setPadding(false);
        add(new LanguageSwitcher(organisation), new H1(getTranslation("app.title")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signIn.pending(VaadinSession.getCurrent().getSession().getAttribute(SecondFactorSignIn.PENDING)) == null) {
            event.forwardTo(LoginView.class);
        }
    }

    private void verify() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        switch (signIn.verify(request.getSession(), request, code.getValue())) {
            case SIGNED_IN -> UI.getCurrent().getPage().setLocation(".");
            case WRONG -> refuse(getTranslation("second-factor.sign-in.wrong"));
            case THROTTLED ->
                refuse(LoginView.throttledMessage(
                        this, LoginThrottle.minutesToTell(signIn.waitBeforeNextCode(request.getSession(), request))));
            case EXPIRED -> UI.getCurrent().getPage().setLocation("login?expired-code");
        }
    }

    private void refuse(String message) {
        code.clear();
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.sign-in.title") + " | " + getTranslation("app.title");
    }
}
