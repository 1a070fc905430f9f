package io.nlc.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.nlc.kernel.Markup;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.Organisation;
import java.util.List;

/** The frame around every signed-in screen: title, navigation, language, who is signed in, sign out. */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    /**
     * Menu order from which entries come after the hub portfolios: right after Home. With the access filter this one
     * order puts each role's most frequent work first (portfolios for hub staff, My items for city teams, since
     * nobody has both) and one's own account last.
     */
    private static final double PORTFOLIOS_BEFORE = 1;

    MainLayout(Organisation organisation, AuthenticationContext authentication, List<NavbarItem> navbarItems) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        // On a phone the short name keeps the header to one row; the full one is in the page title and About.
        // Texts of the frame are markup in one element each (Markup): the frame is in every session on every page.
        Markup longTitle = new Markup("span", "title-long").setText(getTranslation("app.title"));
        Markup shortTitle = new Markup("span", "title-short").setText(getTranslation("app.title.short"));
        shortTitle.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(longTitle, shortTitle);
        title.addClassName("app-title");

        HorizontalLayout right = new HorizontalLayout();
        right.addClassName("navbar-end");
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.add(new LanguageSwitcher(organisation));
        if (organisation.isSignedIn()) {
            CurrentUser user = organisation.currentUser();
            Markup who = new Markup("span", "signed-in-user").setText(user.displayName());
            who.getElement()
                    .setAttribute("title", getTranslation("role." + user.role().name()));
            Button logout = new Button(VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            // The word hides on a phone (styles.css); the button keeps its name for screen readers.
            Markup logoutText = new Markup("span", "logout-text").setText(getTranslation("nav.logout"));
            logout.getElement().appendChild(logoutText.getElement());
            logout.setAriaLabel(getTranslation("nav.logout"));
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("logout");
            navbarItems.forEach(item -> right.add(item.create()));
            right.add(who, logout);
        }
        addToNavbar(toggle, title, right);

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        // The screens' own @Menu and access annotations decide what is listed; menu titles are translation keys.
        // Hub portfolios are listed by data (one per hub the user may open), right after Home.
        List<HubRef> hubs = organisation.isSignedIn() ? organisation.visibleHubs() : List.of();
        boolean hubsAdded = false;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!hubsAdded && entry.order() != null && entry.order() >= PORTFOLIOS_BEFORE) {
                hubs.forEach(hub -> nav.addItem(portfolio(hub, hubs.size())));
                hubsAdded = true;
            }
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry.icon())));
        }
        if (!hubsAdded) {
            hubs.forEach(hub -> nav.addItem(portfolio(hub, hubs.size())));
        }
        Div drawer = new Div(nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
        // The content area scrolls on its own; keyboard users must be able to focus it to scroll a page that has
        // no link or field of its own (WCAG 2.1.1, axe "scrollable-region-focusable").
        addAttachListener(attach -> getElement().executeJs("""
                customElements.whenDefined(this.localName).then(() => this.updateComplete).then(() => {
                  const content = this.shadowRoot && this.shadowRoot.querySelector('[part~="content"]');
                  if (content) { content.tabIndex = 0; }
                });"""));
    }

    /**
     * An advisor's one hub needs no name: the short label keeps the entry on one line on a phone. With several hubs
     * a long name wraps onto a second line in the drawer (the item's own label is cut with an ellipsis, so the text
     * is a span of its own, "nav-label-wraps" in styles.css); the whole of it is also the entry's title.
     */
    private SideNavItem portfolio(HubRef hub, int hubCount) {
        String label = hubCount == 1
                ? getTranslation("nav.portfolio.short")
                : getTranslation("nav.portfolio", Formats.isolate(hub.name().in(Languages.current())));
        SideNavItem item = new SideNavItem(null, "hubs/" + hub.id(), VaadinIcon.TABLE.create());
        Span text = new Span(label);
        text.addClassName("nav-label-wraps");
        item.getElement().appendChild(text.getElement());
        item.getElement().setAttribute("title", label);
        item.addClassName("portfolio-nav");
        return item;
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }
}
