package io.nlc.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import io.nlc.kernel.DataTable;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.Organisation;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;

/**
 * Read API clients for administrators: issue a token for a named client of one hub (shown once, with a copy button and
 * a curl line to try it), see every client with its last use, revoke one after confirming, and the trail of who did
 * which. {@link ApiClients} refuses everyone else.
 */
@Route("api-clients")
@Menu(order = 4.5, title = "nav.api-clients", icon = "vaadin:key-o")
@RolesAllowed("ADMINISTRATOR")
class ApiClientsView extends Main implements HasDynamicTitle {

    private final ApiClients clients;
    private final Language language;
    private final TextField name = new TextField();
    private final ComboBox<HubRef> hub = new ComboBox<>();
    private final DataTable<ApiClients.Client> table = new DataTable<>("api-clients-table");
    private final Paragraph empty = new Paragraph();
    private final DataTable<ApiClients.TrailEntry> trail = new DataTable<>("api-clients-trail");
    private final H2 trailTitle = new H2();

    ApiClientsView(ApiClients clients, Organisation organisation) {
        this.clients = clients;
        this.language = Language.of(getLocale());
        addClassName("page");
        addClassName("api-clients");

        Paragraph intro = new Paragraph(getTranslation("api-clients.intro"));
        intro.addClassName("muted");
        // Outside Vaadin's router: the page is springdoc's.
        Anchor docs = new Anchor(ApiSecurity.DOCS_PATH, getTranslation("api-clients.docs"));
        docs.setRouterIgnore(true);
        docs.addClassName("api-docs-link");

        name.setLabel(getTranslation("api-clients.name"));
        name.setHelperText(getTranslation("api-clients.name.help"));
        name.setMaxLength(ApiClients.NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.addClassName("client-name");
        hub.setLabel(getTranslation("api-clients.hub"));
        hub.setItems(organisation.visibleHubs().stream()
                .sorted(Comparator.comparing((HubRef view) -> view.name().in(language)))
                .toList());
        hub.setItemLabelGenerator(view -> view.name().in(language));
        hub.setRequiredIndicatorVisible(true);
        hub.addClassName("client-hub");
        Button issue = new Button(getTranslation("api-clients.issue"), click -> issue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("issue-token");
        Div form = new Div(name, hub, issue);
        form.addClassName("filters");

        table.column(getTranslation("api-clients.col.name"), ApiClients.Client::name)
                .column(
                        getTranslation("api-clients.col.hub"),
                        client -> client.hub().name().in(language))
                .column(getTranslation("api-clients.col.prefix"), client -> prefix(client.tokenPrefix()), "nowrap")
                .column(
                        getTranslation("api-clients.col.issued"),
                        client -> getTranslation(
                                "api-clients.by",
                                Formats.dateTime(client.issuedAt(), language),
                                PlainText.isolate(client.issuedBy())))
                .column(
                        getTranslation("api-clients.col.last-used"),
                        client -> client.lastUsedAt() == null
                                ? getTranslation("api-clients.never")
                                : Formats.dateTime(client.lastUsedAt(), language))
                .column(
                        getTranslation("api-clients.col.status"),
                        client -> client.active()
                                ? getTranslation("api-clients.active")
                                : getTranslation(
                                        "api-clients.revoked",
                                        Formats.dateTime(client.revokedAt(), language),
                                        PlainText.isolate(
                                                java.util.Objects.requireNonNullElse(client.revokedBy(), ""))))
                .column(getTranslation("api-clients.col.actions"), this::actions);
        empty.setText(getTranslation("api-clients.empty"));
        empty.addClassName("muted");

        trailTitle.setText(getTranslation("api-clients.trail.title"));
        trail.column(getTranslation("api-clients.trail.when"), entry -> Formats.dateTime(entry.at(), language))
                .column(
                        getTranslation("api-clients.trail.action"),
                        entry -> getTranslation(
                                entry.issued() ? "api-clients.trail.issued" : "api-clients.trail.revoked"))
                .column(getTranslation("api-clients.col.name"), ApiClients.TrailEntry::clientName)
                .column(getTranslation("api-clients.col.hub"), ApiClients.TrailEntry::hubCode)
                .column(getTranslation("api-clients.trail.by"), entry -> PlainText.isolate(entry.by()));

        add(
                new H1(getTranslation("api-clients.title")),
                intro,
                new Paragraph(docs),
                form,
                table,
                empty,
                trailTitle,
                trail);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-clients.title");
    }

    private void issue() {
        name.setInvalid(false);
        hub.setInvalid(false);
        if (hub.getValue() == null) {
            hub.setErrorMessage(getTranslation("api-clients.error.hub"));
            hub.setInvalid(true);
            return;
        }
        try {
            ApiClients.Issued issued =
                    clients.issue(name.getValue(), hub.getValue().id());
            name.clear();
            // Clearing a required field marks it invalid; it was just used well.
            name.setInvalid(false);
            refresh();
            showToken(issued);
        } catch (InvalidApiClientException e) {
            if (e.field().equals("hub")) {
                hub.setErrorMessage(getTranslation(e.messageKey()));
                hub.setInvalid(true);
            } else {
                name.setErrorMessage(getTranslation(e.messageKey()));
                name.setInvalid(true);
            }
        }
    }

    private Component actions(ApiClients.Client client) {
        if (!client.active()) {
            return new Span();
        }
        String named = PlainText.isolate(client.name());
        Button revoke = new Button(getTranslation("api-clients.revoke"), click -> confirmRevoke(client));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.addClassName("revoke-token");
        revoke.setAriaLabel(getTranslation("api-clients.revoke-named", named));
        return revoke;
    }

    /** Asks first, naming the client and saying that its next call is refused; nothing happens on cancel. */
    private void confirmRevoke(ApiClients.Client client) {
        String named = PlainText.isolate(client.name());
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-dialog");
        dialog.setHeaderTitle(getTranslation("api-clients.revoke.title", named));
        dialog.add(new Paragraph(getTranslation("api-clients.revoke.message", named)));
        Button yes = new Button(getTranslation("api-clients.revoke"), click -> {
            dialog.close();
            clients.revoke(client.id());
            Notification.show(
                            getTranslation("api-clients.revoke.done", named), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClassName("confirm-action");
        Button no = new Button(getTranslation("action.cancel"), click -> dialog.close());
        no.addClassName("cancel-action");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /** The token appears once, here, with a copy button and a curl line that tries it. */
    private void showToken(ApiClients.Issued issued) {
        Dialog dialog = new Dialog();
        dialog.addClassName("api-token");
        dialog.setHeaderTitle(getTranslation(
                "api-clients.token.title", PlainText.isolate(issued.client().name())));
        Code token = new Code(issued.token());
        token.addClassName("token-value");
        token.getElement().setAttribute("dir", "ltr");
        Button copy = new Button(
                getTranslation("api-clients.token.copy"),
                VaadinIcon.COPY_O.create(),
                click -> click.getSource()
                        .getElement()
                        .executeJs("return navigator.clipboard.writeText($0)", issued.token())
                        .then(
                                ok -> Notification.show(
                                        getTranslation("api-clients.token.copied"),
                                        3000,
                                        Notification.Position.BOTTOM_START),
                                failed -> Notification.show(
                                        getTranslation("api-clients.token.copy-failed"),
                                        5000,
                                        Notification.Position.MIDDLE)));
        copy.addClassName("copy-token");
        Div value = new Div(token, copy);
        value.addClassName("one-time-value");
        Code example = new Code();
        example.getElement().setAttribute("dir", "ltr");
        example.addClassName("token-example");
        // The address as the administrator's browser has it, never from the request's Host header.
        getUI().ifPresent(ui -> ui.getPage()
                .fetchCurrentURL(url -> example.setText("curl -H \"Authorization: Bearer " + issued.token() + "\" "
                        + url.getProtocol() + "://" + url.getAuthority() + ReadApiController.BASE + "/assessments")));
        dialog.add(
                new Paragraph(getTranslation("api-clients.token.message")),
                value,
                new Paragraph(getTranslation("api-clients.token.example")),
                example);
        Button done = new Button(getTranslation("api-clients.token.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("token-done");
        dialog.getFooter().add(done);
        dialog.open();
    }

    private static Code prefix(String prefix) {
        Code code = new Code(prefix + "…");
        code.getElement().setAttribute("dir", "ltr");
        return code;
    }

    private void refresh() {
        java.util.List<ApiClients.Client> all = clients.clients();
        table.setItems(all);
        table.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        java.util.List<ApiClients.TrailEntry> entries = clients.trail();
        trail.setItems(entries);
        trail.setVisible(!entries.isEmpty());
        trailTitle.setVisible(!entries.isEmpty());
    }
}
