package io.nlc.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.content.Language;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.AccountException;
import io.nlc.organisation.CityView;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.HubView;
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
    private final Grid<UserSummary> grid = new Grid<>();
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
        Map<Long, CityView> cities = organisation.visibleCities().stream()
                .collect(Collectors.toMap(CityView::id, Function.identity()));
        grid.addClassName("accounts-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("account.col.name")).setAutoWidth(true);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("account.col.username")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::roleSelect)).setHeader(getTranslation("account.col.role"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(user -> placement(user, cities)))
                .setHeader(getTranslation("account.col.city")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("account.col.actions"))
                .setAutoWidth(true);
        add(new H1(getTranslation("account.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.manageableUsers());
    }

    private Component roleSelect(UserSummary user) {
        Select<Role> role = new Select<>();
        role.setItems(user.role().cityRole() ? List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR)
                : user.role() == Role.NATIONAL_FOCAL_POINT ? List.of(Role.NATIONAL_FOCAL_POINT)
                : List.of(Role.HUB_ADVISOR, Role.ADMINISTRATOR));
        role.setReadOnly(user.role() == Role.NATIONAL_FOCAL_POINT);
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.setValue(user.role());
        role.setAriaLabel(getTranslation("account.col.role"));
        role.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                run(() -> accounts.changeRole(user.id(), change.getValue()));
            }
        });
        return role;
    }

    /** A city user's city; a focal point's cities, which an administrator can change here. */
    private Component placement(UserSummary user, Map<Long, CityView> cities) {
        if (user.role() != Role.NATIONAL_FOCAL_POINT) {
            return new Span(user.cityId() != null && cities.containsKey(user.cityId())
                    ? cities.get(user.cityId()).name().in(language) : "");
        }
        Div placement = new Div(new Span(user.focalCities().stream().filter(cities::containsKey)
                .map(id -> cities.get(id).name().in(language)).sorted().map(PlainText::isolate)
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
        MultiSelectComboBox<CityView> choice = focalCitiesField();
        choice.setValue(organisation.visibleCities().stream()
                .filter(city -> user.focalCities().contains(city.id())).collect(Collectors.toSet()));
        dialog.add(choice);
        Button save = new Button(getTranslation("account.focal-cities.save"), click -> {
            try {
                accounts.linkCities(user.id(), ids(choice.getValue()));
                dialog.close();
                refresh();
            } catch (AccountException e) {
                choice.setErrorMessage(getTranslation(e.messageKey()));
                choice.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private MultiSelectComboBox<CityView> focalCitiesField() {
        MultiSelectComboBox<CityView> field = new MultiSelectComboBox<>(getTranslation("account.focal-cities"));
        field.setItems(organisation.visibleCities());
        field.setItemLabelGenerator(city -> city.name().in(language));
        field.setHelperText(getTranslation("account.focal-cities.help"));
        field.addClassName("focal-cities-field");
        field.setWidthFull();
        return field;
    }

    private static Set<Long> ids(Set<CityView> cities) {
        return cities.stream().map(CityView::id).collect(Collectors.toSet());
    }

    private Component actions(UserSummary user) {
        Div actions = new Div();
        actions.addClassName("account-actions");
        if (user.id() == me.id()) {
            // One's own account changes only under "My password", with the current password.
            return actions;
        }
        actions.add(toggle(user));
        Button reset = new Button(getTranslation("account.reset"), click -> {
            try {
                showPassword(user.displayName(), accounts.resetPassword(user.id()));
            } catch (AccountException e) {
                error(e);
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addClassName("reset-password");
        actions.add(reset);
        return actions;
    }

    /** Nobody deactivates themselves: the button is not offered on one's own line. */
    private Button toggle(UserSummary user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "account.deactivate" : "account.reactivate"),
                click -> run(() -> accounts.setEnabled(user.id(), !user.enabled())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, user.enabled() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        toggle.addClassName("toggle-account");
        return toggle;
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (AccountException e) {
            error(e);
        }
        refresh();
    }

    private void error(AccountException e) {
        com.vaadin.flow.component.notification.Notification.show(getTranslation(e.messageKey(), e.arguments()), 5000,
                com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
    }

    /** The one-time password appears once, here; it is never stored in clear or shown again. */
    private void showPassword(String name, String password) {
        Dialog dialog = new Dialog();
        dialog.addClassName("one-time-password");
        dialog.setHeaderTitle(getTranslation("account.one-time.title", PlainText.isolate(name)));
        Code code = new Code(password);
        code.addClassName("password-value");
        dialog.add(new Paragraph(getTranslation("account.one-time.message")), code);
        dialog.getFooter().add(new Button(getTranslation("account.one-time.done"), click -> dialog.close()));
        dialog.open();
    }

    private final class NewUserDialog extends Dialog {

        NewUserDialog() {
            CurrentUser me = organisation.currentUser();
            setHeaderTitle(getTranslation("account.add"));
            addClassName("new-account");
            TextField username = new TextField(getTranslation("account.col.username"));
            username.setHelperText(getTranslation("account.username-rules"));
            TextField name = new TextField(getTranslation("account.col.name"));
            name.setMaxLength(120);
            Select<Role> role = new Select<>();
            role.setLabel(getTranslation("account.col.role"));
            role.setItems(me.role() == Role.ADMINISTRATOR ? Arrays.asList(Role.values())
                    : List.of(Role.CITY_MEMBER, Role.CITY_COORDINATOR));
            role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
            role.setValue(Role.CITY_MEMBER);
            ComboBox<CityView> city = new ComboBox<>(getTranslation("account.col.city"));
            city.setItems(organisation.visibleCities());
            city.setItemLabelGenerator(value -> value.name().in(language));
            if (me.cityId() != null) {
                city.setValue(organisation.city(me.cityId()));
                city.setReadOnly(true);
            }
            ComboBox<HubView> hub = new ComboBox<>(getTranslation("account.col.hub"));
            hub.setItems(organisation.visibleHubs());
            hub.setItemLabelGenerator(value -> value.name().in(language));
            MultiSelectComboBox<CityView> focalCities = focalCitiesField();
            Select<Language> preferred = new Select<>();
            preferred.setLabel(getTranslation("language.label"));
            preferred.setItems(Language.values());
            preferred.setItemLabelGenerator(value -> getTranslation("language." + value.code()));
            preferred.setValue(Language.FR);
            Runnable placement = () -> {
                city.setVisible(role.getValue() != null && role.getValue().cityRole());
                hub.setVisible(role.getValue() == Role.HUB_ADVISOR);
                focalCities.setVisible(role.getValue() == Role.NATIONAL_FOCAL_POINT);
            };
            role.addValueChangeListener(change -> placement.run());
            placement.run();
            FormLayout form = new FormLayout(username, name, role, city, hub, focalCities, preferred);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);
            Button create = new Button(getTranslation("account.create"), click -> {
                username.setInvalid(false);
                name.setInvalid(false);
                try {
                    Role chosen = role.getValue();
                    String password = accounts.create(new NewUser(username.getValue(), name.getValue(), chosen,
                            chosen.cityRole() && city.getValue() != null ? city.getValue().id() : null,
                            chosen == Role.HUB_ADVISOR && hub.getValue() != null ? hub.getValue().id() : null,
                            preferred.getValue(), chosen == Role.NATIONAL_FOCAL_POINT
                            ? ids(focalCities.getValue()) : Set.of()));
                    close();
                    refresh();
                    showPassword(name.getValue(), password);
                } catch (AccountException e) {
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

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.title");
    }
}
