package io.nlc.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.SecondFactors;
import io.nlc.organisation.secondfactor.Totp;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "My second factor" as an advisor who must set one up (sent there from anywhere until done), and an
 * administrator's reset on the accounts screen, asked first with what ends.
 */
@SpringBootTest(properties = "nlc.second-factor.required=true")
class SecondFactorViewsTest extends BrowserlessWorldTest {

    @Autowired
    SecondFactors secondFactors;

    @Test
    void anAdvisorIsSentToSetItUpScansTheCodeConfirmsAndGetsRecoveryCodes() {
        Fixtures.signIn(world.advisorA);
        navigate("", Component.class);
        assertThat($(SecondFactorView.class).all()).as("sent to set it up").hasSize(1);
        navigate("about", Component.class);
        assertThat($(SecondFactorView.class).all()).hasSize(1);

        Image qr = $(Image.class).withClassName("second-factor-qr").single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).contains(UI.getCurrent().getTranslation("second-factor.qr-alt"));
        String secret =
                $(Code.class).withClassName("second-factor-secret").single().getText();
        TextField code = $(TextField.class).withClassName("second-factor-code").single();
        test(code).setValue("12345");
        test($(Button.class).withClassName("second-factor-confirm").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("second-factor.error.code"));

        test(code).setValue(Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now())));
        test($(Button.class).withClassName("second-factor-confirm").single()).click();
        assertThat($(
                                ListItem.class,
                                $(OrderedList.class)
                                        .withClassName("recovery-codes")
                                        .single())
                        .all())
                .hasSize(10);
        test($(Button.class).withClassName("recovery-codes-saved").single()).click();

        navigate("about", Component.class);
        assertThat($(SecondFactorView.class).all()).as("free to go once set up").isEmpty();
        navigate(SecondFactorView.class);
        assertThat($(Button.class).withClassName("second-factor-off").all())
                .as("an advisor cannot turn it off")
                .isEmpty();
        assertThat($(Button.class).withClassName("second-factor-renew").all()).hasSize(1);
    }

    @Test
    void anAdministratorResetsSomeonesSecondFactorAfterAConfirmationNamingWhatEnds() {
        Fixtures.signIn(world.memberA1);
        secondFactors.confirm(Totp.code(Totp.fromBase32(secondFactors.start().secret()), Totp.step(Instant.now())));
        // The administrator has one too, as the role requires, so the accounts screen opens.
        Fixtures.signIn(world.admin);
        secondFactors.confirm(Totp.code(Totp.fromBase32(secondFactors.start().secret()), Totp.step(Instant.now())));
        navigate(AccountsView.class);
        assertThat($(Button.class, lineOf(world.coordinatorA1))
                        .withClassName("reset-second-factor")
                        .all())
                .as("only for someone who has one")
                .isEmpty();

        test($(Button.class, lineOf(world.memberA1))
                        .withClassName("reset-second-factor")
                        .single())
                .click();
        Dialog dialog = $(Dialog.class).withClassName("confirm-dialog").single();
        assertThat(dialog.getHeaderTitle()).contains("Name of " + world.memberA1);
        assertThat(dialog.getElement().getTextRecursively()).contains("recovery codes", "session", "audit trail");
        test($(Button.class).withClassName("cancel-action").single()).click();
        assertThat(secondFactors.enabledFor(world.memberA1))
                .as("nothing on cancel")
                .isTrue();

        test($(Button.class, lineOf(world.memberA1))
                        .withClassName("reset-second-factor")
                        .single())
                .click();
        test($(Button.class).withClassName("confirm-action").single()).click();
        assertThat(secondFactors.enabledFor(world.memberA1)).isFalse();
        assertThat($(Button.class, lineOf(world.memberA1))
                        .withClassName("reset-second-factor")
                        .all())
                .isEmpty();
    }

    private NativeTableRow lineOf(String username) {
        DataTable<?> grid = $(DataTable.class).withClassName("accounts-table").single();
        int row = IntStream.range(0, grid.rowCount())
                .filter(index -> grid.cellText(index, 1).equals(username))
                .findFirst()
                .orElseThrow();
        return (NativeTableRow)
                grid.getChildren().toList().get(1).getChildren().toList().get(row);
    }
}
