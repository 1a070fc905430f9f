package io.nlc.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.organisation.InvalidOrganisationInputException;
import io.nlc.organisation.SecondFactors;
import io.nlc.organisation.SecondFactors.Enrolment;
import io.nlc.organisation.SecondFactors.SecondFactorStatus;
import io.nlc.organisation.secondfactor.QrCode;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "My second factor": set up an authenticator app from a QR code (drawn here, on the server) or its secret typed
 * in, confirm with a first code, then note the recovery codes, shown this once. Hub advisors, national focal points
 * and administrators are sent here until they have one; everyone else may turn it on, and off again.
 */
@Route("account/second-factor")
@Menu(order = 5.5, title = "nav.second-factor", icon = "vaadin:mobile")
@PermitAll
class SecondFactorView extends Main implements HasDynamicTitle {

    private final SecondFactors secondFactors;
    private final Div content = new Div();

    SecondFactorView(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        addClassName("page");
        addClassName("second-factor-page");
        add(new H1(getTranslation("second-factor.title")), content);
        showStatus();
    }

    private void showStatus() {
        content.removeAll();
        SecondFactorStatus status = secondFactors.status();
        if (!status.enabled()) {
            content.add(new Paragraph(
                    getTranslation(status.required() ? "second-factor.required" : "second-factor.optional")));
            Button start = new Button(getTranslation("second-factor.start"), click -> showEnrolment());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("second-factor-start");
            content.add(new Div(start));
            if (status.required()) {
                showEnrolment();
            }
            return;
        }
        Paragraph on = new Paragraph(getTranslation("second-factor.on", status.recoveryCodesLeft()));
        on.addClassName("second-factor-on");
        Button renew = new Button(
                getTranslation("second-factor.renew"), click -> showRecoveryCodes(secondFactors.renewRecoveryCodes()));
        renew.addClassName("second-factor-renew");
        content.add(on, new Div(renew));
        if (!status.required()) {
            TextField code = codeField();
            Button off = new Button(getTranslation("second-factor.turn-off"), click -> {
                try {
                    secondFactors.turnOff(code.getValue());
                    done("second-factor.done.off");
                    showStatus();
                } catch (InvalidOrganisationInputException e) {
                    invalid(code, e);
                }
            });
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            off.addClassName("second-factor-off");
            content.add(new H2(getTranslation("second-factor.turn-off")), row(code, off));
        }
    }

    private void showEnrolment() {
        content.removeAll();
        Enrolment enrolment = secondFactors.start();
        Image qr = new Image(QrCode.dataUri(enrolment.uri()), getTranslation("second-factor.qr-alt"));
        qr.addClassName("second-factor-qr");
        qr.setWidth("14em");
        qr.setHeight("14em");
        Code secret = new Code(grouped(enrolment.secret()));
        secret.addClassName("second-factor-secret");
        secret.getElement().setAttribute("dir", "ltr");
        TextField code = codeField();
        Button confirm = new Button(getTranslation("second-factor.confirm"), click -> {
            try {
                showRecoveryCodes(secondFactors.confirm(code.getValue()));
            } catch (InvalidOrganisationInputException e) {
                invalid(code, e);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("second-factor-confirm");
        OrderedList steps = new OrderedList(
                new ListItem(getTranslation("second-factor.step.app")),
                new ListItem(getTranslation("second-factor.step.scan")),
                new ListItem(getTranslation("second-factor.step.code")));
        code.setHelperText(getTranslation("second-factor.step.code"));
        content.add(
                steps,
                new Div(qr),
                new Paragraph(getTranslation("second-factor.secret")),
                new Paragraph(secret),
                row(code, confirm));
    }

    /** The recovery codes appear once, here; only their hashes are kept. */
    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        OrderedList list = new OrderedList();
        list.addClassName("recovery-codes");
        list.getElement().setAttribute("dir", "ltr");
        codes.forEach(code -> list.add(new ListItem(new Code(code))));
        Button saved = new Button(getTranslation("second-factor.codes.saved"), click -> {
            done("second-factor.done.on");
            UI.getCurrent().navigate("");
        });
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saved.addClassName("recovery-codes-saved");
        content.add(
                new H2(getTranslation("second-factor.codes.title")),
                new Paragraph(getTranslation("second-factor.codes.intro")),
                list,
                saved);
    }

    /** A field and its button side by side, the button below on a narrow screen. */
    private static Div row(TextField field, Button button) {
        Div row = new Div(field, button);
        row.addClassName("second-factor-row");
        return row;
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("second-factor.code"));
        code.setHelperText(getTranslation("second-factor.code.help"));
        code.setMaxLength(40);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addClassName("second-factor-code");
        return code;
    }

    private void invalid(TextField field, InvalidOrganisationInputException e) {
        field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        field.setInvalid(true);
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " | " + getTranslation("app.title");
    }
}
