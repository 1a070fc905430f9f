package io.nlc.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.organisation.InvalidOrganisationInputException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.UserAdministration;
import jakarta.annotation.security.PermitAll;

/** Choosing one's own password; everyone lands here after signing in with a one-time password. */
@Route("account/password")
@Menu(order = 5, title = "nav.password", icon = "vaadin:key")
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(UserAdministration accounts, Organisation organisation) {
        addClassName("page");
        // Asked even right after signing in with it (ASVS: a change needs the current password); the label says which.
        PasswordField current = new PasswordField(getTranslation(
                organisation.currentUser().mustChangePassword()
                        ? "account.current-password.one-time"
                        : "account.current-password"));
        PasswordField replacement = new PasswordField(getTranslation("account.new-password"));
        replacement.setHelperText(getTranslation("account.password-rules"));
        replacement.setMaxLength(64);
        PasswordField again = new PasswordField(getTranslation("account.repeat-password"));
        Button save = new Button(getTranslation("account.save-password"), click -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            again.setInvalid(false);
            if (!replacement.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("account.error.password-mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                UI.getCurrent().navigate("");
                Notification.show(getTranslation("account.done.password"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidOrganisationInputException e) {
                PasswordField field = e.field().equals("current") ? current : replacement;
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-password");
        FormLayout form = new FormLayout(current, replacement, again, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        add(
                new H1(getTranslation("account.password-title")),
                new Paragraph(getTranslation("account.password-intro")),
                form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password-title") + " | " + getTranslation("app.title");
    }
}
