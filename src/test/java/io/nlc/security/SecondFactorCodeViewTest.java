package io.nlc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.organisation.SecondFactors;
import io.nlc.organisation.secondfactor.Totp;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The code page: only after a right password; a wrong code is refused on the field and signs nobody in. */
@SpringBootTest(properties = "nlc.second-factor.required=true")
class SecondFactorCodeViewTest extends BrowserlessWorldTest {

    @Autowired
    SecondFactors secondFactors;

    @Test
    void withoutAPasswordTypedTheCodePageSendsBackToSignIn() {
        navigate(SecondFactorSignIn.CODE_PAGE, com.vaadin.flow.component.Component.class);
        assertThat($(LoginForm.class).all()).hasSize(1);
        assertThat($(SecondFactorCodeView.class).all()).isEmpty();
    }

    @Test
    void aWrongCodeIsRefusedOnTheField() {
        Fixtures.signIn(world.memberA1);
        String secret = secondFactors.start().secret();
        secondFactors.confirm(Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now())));
        Fixtures.signOut();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        SecondFactorSignIn.PENDING,
                        new SecondFactorSignIn.Pending(
                                UsernamePasswordAuthenticationToken.authenticated(
                                        world.memberA1, null, AuthorityUtils.createAuthorityList("ROLE_CITY_MEMBER")),
                                "127.0.0.1",
                                Instant.now()));
        navigate(SecondFactorSignIn.CODE_PAGE, SecondFactorCodeView.class);

        TextField code = $(TextField.class).withClassName("second-factor-code").single();
        test(code).setValue("not-a-code");
        test($(Button.class).withClassName("second-factor-submit").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("second-factor.sign-in.wrong"));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        // A right code signs in with a new session id, which the browserless mock request cannot give: that part
        // is in SecondFactorSignInTest and, in Chromium, SecondFactorBrowserTest.
        assertThat(Totp.match(Totp.fromBase32(secret), "not-a-code", Instant.now(), Long.MIN_VALUE))
                .isEmpty();
    }
}
