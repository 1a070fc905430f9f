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
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.HubView;
import io.nlc.organisation.Organisation;
import java.util.List;

/** The frame around every signed-in screen: title, navigation, language, who is signed in, sign out. */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    /** Menu order from which entries come after the hub portfolios. */
    private static final double PORTFOLIOS_BEFORE = 3;

    MainLayout(Organisation organisation, AuthenticationContext authentication, List<NavbarItem> navbarItems) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");

        HorizontalLayout right = new HorizontalLayout();
        right.addClassName("navbar-end");
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.add(new LanguageSwitcher(organisation));
        if (organisation.isSignedIn()) {
            CurrentUser user = organisation.currentUser();
            Span who = new Span(user.displayName());
            who.addClassName("signed-in-user");
            who.setTitle(getTranslation("role." + user.role().name()));
            Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            navbarItems.forEach(item -> right.add(item.create()));
            right.add(who, logout);
        }
        addToNavbar(toggle, title, right);

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        // The screens' own @Menu and access annotations decide what is listed; menu titles are translation keys.
        // Hub portfolios are listed by data (one per hub the user may open), after the day-to-day screens.
        List<HubView> hubs = organisation.isSignedIn() ? organisation.visibleHubs() : List.of();
        boolean hubsAdded = false;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!hubsAdded && entry.order() != null && entry.order() >= PORTFOLIOS_BEFORE) {
                hubs.forEach(hub -> nav.addItem(portfolio(hub)));
                hubsAdded = true;
            }
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry.icon())));
        }
        if (!hubsAdded) {
            hubs.forEach(hub -> nav.addItem(portfolio(hub)));
        }
        Div drawer = new Div(nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    private SideNavItem portfolio(HubView hub) {
        return new SideNavItem(getTranslation("nav.portfolio", Formats.isolate(hub.name().in(Languages.current()))),
                "hubs/" + hub.id(), VaadinIcon.TABLE.create());
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }
}
