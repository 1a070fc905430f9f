package io.nlc.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.content.Language;
import io.nlc.kernel.DataTable;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.InvalidOrganisationInputException;
import io.nlc.organisation.NewUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts one manages: add someone, change a role, deactivate, reset a password (shown once). Who may manage
 * whom is decided by {@link UserAdministration}; anyone else gets the access-denied page.
 */
@Route("accounts")
@Menu(order = 3, title = "nav.accounts", icon = "vaadin:users")
@RolesAllowed({"ADMINISTRATOR", "CITY_COORDINATOR"})
class AccountsView extends Main implements HasDynamicTitle {

    private final UserAdministration accounts;
    private final Organisation organisation;
    private final DataTable<UserSummary> grid = new DataTable<>("accounts-table");
    private final Language language;
    private final CurrentUser me;

    AccountsView(UserAdministration accounts, Organisation organisation) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.me = organisation.currentUser();
        this.language = Language.of(getLocale());
        addClassName("page");
        addClassName("accounts");
        Button add = new Button(getTranslation("account.add"), click -> new NewUserDialog().open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-account");
        Map<Long, CityRef> cities =
                organisation.visibleCities().stream().collect(Collectors.toMap(CityRef::id, Function.identity()));
        // Names and user names break between words only ("coordinator.m|arrakech" was cut mid-name); on a phone the
        // role select and the actions take the card's whole width under their label ("role-cell", styles.css).
        grid.column(getTranslation("account.col.name"), user -> PlainText.isolate(user.displayName()), "words")
                .column(getTranslation("account.col.username"), AccountsView::username, "words")
                .column(getTranslation("account.col.role"), this::roleSelect, "role-cell")
                .column(getTranslation("account.col.city"), user -> placement(user, cities))
                .column(getTranslation("account.col.actions"), this::actions, "actions-cell");
        add(new H1(getTranslation("account.title")), add, grid);
        refresh();
    }

    /**
     * A user name that may break after its dots, dashes and at-signs ("coordinator.|marrakech"), never inside a part:
     * a {@code <wbr>}, not a character, so that a copied user name is still the user name.
     */
    static Span username(UserSummary user) {
        Span name = new Span();
        String[] parts = user.username().split("(?<=[._@-])");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                name.getElement().appendChild(new Element("wbr"));
            }
            name.getElement().appendChild(Element.createText(parts[i]));
        }
        return name;
    }

    private void refresh() {
        grid.setItems(accounts.manageableUsers());
    }

    private Component roleSelect(UserSummary user) {
        Select<Role> role = new Select<>();
        role.setItems(
                user.role().cityRole()
                        ? List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR)
                        : user.role() == Role.NATIONAL_FOCAL_POINT || user.role() == Role.RATER
                                ? List.of(user.role())
                                : List.of(Role.HUB_ADVISOR, Role.ADMINISTRATOR));
        role.setReadOnly(user.role() == Role.NATIONAL_FOCAL_POINT || user.role() == Role.RATER);
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.setValue(user.role());
        role.setAriaLabel(getTranslation("account.col.role"));
        role.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && change.getValue() != user.role()) {
                // Nothing changes until confirmed; cancelling puts the old role back in the select.
                Role chosen = change.getValue();
                confirm(
                        getTranslation("account.confirm.role.title", PlainText.isolate(user.displayName())),
                        getTranslation(
                                "account.confirm.role.message",
                                PlainText.isolate(user.displayName()),
                                getTranslation("role." + user.role().name()),
                                getTranslation("role." + chosen.name()),
                                getTranslation("account.role-does." + chosen.name())),
                        getTranslation("account.confirm.role.action"),
                        false,
                        () -> run(
                                () -> accounts.changeRole(user.id(), chosen),
                                getTranslation(
                                        "account.done.role",
                                        PlainText.isolate(user.displayName()),
                                        getTranslation("role." + chosen.name()))),
                        () -> role.setValue(user.role()));
            }
        });
        return role;
    }

    /** A city user's city; a focal point's cities, which an administrator can change here. */
    private Component placement(UserSummary user, Map<Long, CityRef> cities) {
        if (user.role() != Role.NATIONAL_FOCAL_POINT) {
            if (user.cityId() == null || !cities.containsKey(user.cityId())) {
                // Advisors and administrators belong to no city: their card leaves the row out (styles.css).
                Span none = new Span();
                none.addClassName("no-city");
                return none;
            }
            return new Span(cities.get(user.cityId()).name().in(language));
        }
        Div placement = new Div(new Span(user.focalCities().stream()
                .filter(cities::containsKey)
                .map(id -> cities.get(id).name().in(language))
                .sorted()
                .map(PlainText::isolate)
                .collect(Collectors.joining(", "))));
        placement.addClassName("focal-cities");
        if (me.role() == Role.ADMINISTRATOR) {
            Button edit = new Button(getTranslation("account.focal-cities.edit"), click -> editCities(user));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.addClassName("edit-focal-cities");
            placement.add(edit);
        }
        return placement;
    }

    private void editCities(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.addClassName("focal-cities-dialog");
        dialog.setHeaderTitle(getTranslation("account.focal-cities.title", PlainText.isolate(user.displayName())));
        MultiSelectComboBox<CityRef> choice = focalCitiesField();
        choice.setValue(organisation.visibleCities().stream()
                .filter(city -> user.focalCities().contains(city.id()))
                .collect(Collectors.toSet()));
        dialog.add(choice);
        Button save = new Button(getTranslation("account.focal-cities.save"), click -> {
            try {
                accounts.linkCities(user.id(), ids(choice.getValue()));
                dialog.close();
                refresh();
            } catch (InvalidOrganisationInputException e) {
                choice.setErrorMessage(getTranslation(e.messageKey()));
                choice.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private MultiSelectComboBox<CityRef> focalCitiesField() {
        MultiSelectComboBox<CityRef> field = new MultiSelectComboBox<>(getTranslation("account.focal-cities"));
        field.setItems(organisation.visibleCities());
        field.setItemLabelGenerator(city -> city.name().in(language));
        field.setHelperText(getTranslation("account.focal-cities.help"));
        field.addClassName("focal-cities-field");
        field.setWidthFull();
        return field;
    }

    private static Set<Long> ids(Set<CityRef> cities) {
        return cities.stream().map(CityRef::id).collect(Collectors.toSet());
    }

    private Component actions(UserSummary user) {
        Div actions = new Div();
        actions.addClassName("account-actions");
        if (user.id() == me.id()) {
            // One's own account changes only under "My password", with the current password. The empty cell is not
            // shown on a phone's card (styles.css), where it was an "Actions" row with nothing in it.
            actions.addClassName("no-actions");
            return actions;
        }
        actions.add(toggle(user));
        String name = PlainText.isolate(user.displayName());
        Button reset = new Button(
                getTranslation("account.reset"),
                click -> confirm(
                        getTranslation("account.confirm.reset.title", name),
                        getTranslation("account.confirm.reset.message", name),
                        getTranslation("account.reset"),
                        true,
                        () -> {
                            try {
                                showPassword(user.displayName(), user.username(), accounts.resetPassword(user.id()));
                            } catch (InvalidOrganisationInputException e) {
                                error(e);
                            }
                        },
                        () -> {}));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addClassName("reset-password");
        actions.add(reset);
        if (me.role() == Role.ADMINISTRATOR && user.secondFactor()) {
            Button resetSecondFactor = new Button(
                    getTranslation("account.reset-second-factor"),
                    click -> confirm(
                            getTranslation("account.confirm.second-factor.title", name),
                            getTranslation("account.confirm.second-factor.message", name),
                            getTranslation("account.reset-second-factor"),
                            true,
                            () -> run(
                                    () -> accounts.resetSecondFactor(user.id()),
                                    getTranslation("account.done.second-factor", name)),
                            () -> {}));
            resetSecondFactor.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resetSecondFactor.addClassName("reset-second-factor");
            actions.add(resetSecondFactor);
        }
        return actions;
    }

    /** Nobody deactivates themselves: the button is not offered on one's own line. */
    private Button toggle(UserSummary user) {
        String name = PlainText.isolate(user.displayName());
        Runnable change = () -> run(
                () -> accounts.setEnabled(user.id(), !user.enabled()),
                getTranslation(user.enabled() ? "account.done.deactivated" : "account.done.reactivated", name));
        Button toggle =
                new Button(getTranslation(user.enabled() ? "account.deactivate" : "account.reactivate"), click -> {
                    if (user.enabled()) {
                        confirm(
                                getTranslation("account.confirm.deactivate.title", name),
                                getTranslation("account.confirm.deactivate.message", name),
                                getTranslation("account.deactivate"),
                                true,
                                change,
                                () -> {});
                    } else {
                        change.run();
                    }
                });
        toggle.addThemeVariants(
                ButtonVariant.LUMO_SMALL, user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.addClassName("toggle-account");
        return toggle;
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidOrganisationInputException e) {
            error(e);
        }
        refresh();
    }

    private void error(InvalidOrganisationInputException e) {
        Notification.show(getTranslation(e.messageKey(), e.arguments()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Asks before a change that takes effect at once, naming what it ends; nothing happens on cancel, Escape or a
     * click outside.
     */
    private void confirm(
            String title, String message, String action, boolean danger, Runnable onConfirm, Runnable onCancel) {
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-dialog");
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(message));
        boolean[] confirmed = {false};
        Button yes = new Button(action, click -> {
            confirmed[0] = true;
            dialog.close();
            onConfirm.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        yes.addClassName("confirm-action");
        Button no = new Button(getTranslation("action.cancel"), click -> dialog.close());
        no.addClassName("cancel-action");
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened() && !confirmed[0]) {
                onCancel.run();
            }
        });
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /**
     * The one-time password appears once, here; it is never stored in clear or shown again. It is shown with the user
     * name to hand over with it, large and in groups, in an alphabet without look-alike characters, with a copy button.
     */
    private void showPassword(String name, String username, String password) {
        Dialog dialog = new Dialog();
        dialog.addClassName("one-time-password");
        dialog.setHeaderTitle(getTranslation("account.one-time.title", PlainText.isolate(name)));
        Div user = new Div(new Span(getTranslation("account.col.username")), new Code(username));
        user.addClassName("one-time-username");
        Code code = new Code();
        for (int start = 0; start < password.length(); start += 4) {
            code.add(new Span(password.substring(start, Math.min(password.length(), start + 4))));
        }
        code.addClassName("password-value");
        code.getElement().setAttribute("dir", "ltr");
        code.getElement().setAttribute("aria-label", String.join(" ", password.split("")));
        Button copy = new Button(getTranslation("account.one-time.copy"), VaadinIcon.COPY_O.create(), click -> {
            click.getSource()
                    .getElement()
                    .executeJs("return navigator.clipboard.writeText($0)", password)
                    .then(
                            ok -> Notification.show(
                                    getTranslation("account.one-time.copied"),
                                    3000,
                                    Notification.Position.BOTTOM_START),
                            failed -> Notification.show(
                                    getTranslation("account.one-time.copy-failed"),
                                    5000,
                                    Notification.Position.MIDDLE));
        });
        copy.addClassName("copy-password");
        Div value = new Div(code, copy);
        value.addClassName("one-time-value");
        dialog.add(
                new Paragraph(getTranslation("account.one-time.message")),
                user,
                value,
                new Paragraph(getTranslation("account.one-time.expiry")));
        Button done = new Button(getTranslation("account.one-time.handed-over"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("one-time-done");
        dialog.getFooter().add(done);
        dialog.open();
    }

    private final class NewUserDialog extends Dialog {

        NewUserDialog() {
            CurrentUser me = organisation.currentUser();
            setHeaderTitle(getTranslation("account.add"));
            addClassName("new-account");
            TextField name = new TextField(getTranslation("account.col.name"));
            name.setMaxLength(120);
            TextField username = new TextField(getTranslation("account.col.username"));
            username.setHelperText(getTranslation("account.username-rules"));
            // The user name is suggested from the name until someone types one of their own.
            name.addValueChangeListener(change -> {
                if (change.isFromClient()
                        && (username.isEmpty()
                                || username.getValue().equals(suggestedUsername(change.getOldValue())))) {
                    username.setValue(suggestedUsername(change.getValue()));
                }
            });
            Select<Role> role = new Select<>();
            role.setLabel(getTranslation("account.col.role"));
            role.setItems(
                    me.role() == Role.ADMINISTRATOR
                            ? Arrays.stream(Role.values())
                                    .filter(value -> value != Role.API_CLIENT)
                                    .toList()
                            : List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR, Role.RATER));
            role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
            role.setValue(Role.CITY_MEMBER);
            ComboBox<CityRef> city = new ComboBox<>(getTranslation("account.col.city"));
            city.setItems(organisation.visibleCities());
            city.setItemLabelGenerator(value -> value.name().in(language));
            if (me.cityId() != null) {
                city.setValue(organisation.city(me.cityId()));
                city.setReadOnly(true);
            }
            ComboBox<HubRef> hub = new ComboBox<>(getTranslation("account.col.hub"));
            hub.setItems(organisation.visibleHubs());
            hub.setItemLabelGenerator(value -> value.name().in(language));
            MultiSelectComboBox<CityRef> focalCities = focalCitiesField();
            Select<Language> preferred = new Select<>();
            preferred.setLabel(getTranslation("language.label"));
            preferred.setItems(Language.values());
            preferred.setItemLabelGenerator(value -> getTranslation("language." + value.code()));
            preferred.setValue(Language.FR);
            Runnable placement = () -> {
                city.setVisible(role.getValue() != null && role.getValue().ofCity());
                hub.setVisible(role.getValue() == Role.HUB_ADVISOR);
                focalCities.setVisible(role.getValue() == Role.NATIONAL_FOCAL_POINT);
            };
            role.addValueChangeListener(change -> placement.run());
            placement.run();
            FormLayout form = new FormLayout(name, username, role, city, hub, focalCities, preferred);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);
            Button create = new Button(getTranslation("account.create"), click -> {
                username.setInvalid(false);
                name.setInvalid(false);
                try {
                    Role chosen = role.getValue();
                    String password = accounts.create(new NewUser(
                            username.getValue(),
                            name.getValue(),
                            chosen,
                            chosen.ofCity() && city.getValue() != null
                                    ? city.getValue().id()
                                    : null,
                            chosen == Role.HUB_ADVISOR && hub.getValue() != null
                                    ? hub.getValue().id()
                                    : null,
                            preferred.getValue(),
                            chosen == Role.NATIONAL_FOCAL_POINT ? ids(focalCities.getValue()) : Set.of()));
                    close();
                    refresh();
                    showPassword(name.getValue(), username.getValue().strip(), password);
                } catch (InvalidOrganisationInputException e) {
                    TextField field = e.field().equals("displayName") ? name : username;
                    if (e.field().equals("focalCities")) {
                        focalCities.setErrorMessage(getTranslation(e.messageKey()));
                        focalCities.setInvalid(true);
                        return;
                    }
                    if (e.field().equals("role")) {
                        role.setErrorMessage(getTranslation(e.messageKey()));
                        role.setInvalid(true);
                        return;
                    }
                    field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                    field.setInvalid(true);
                }
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("create-account");
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        }
    }

    /** "Nadia Tazi" gives "nadia.tazi": letters without accents, digits, and dots between words. */
    static String suggestedUsername(String name) {
        String plain = java.text.Normalizer.normalize(
                        name.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.title");
    }
}
