package io.nlc.base;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.content.ThemeKind;

/** What the app is, and where its framework comes from: honest provenance for every installed version. */
@Route("about")
@Menu(order = 9, title = "nav.about", icon = "vaadin:info-circle")
@AnonymousAllowed
class AboutView extends Main implements HasDynamicTitle {

    AboutView(FrameworkCatalog catalog) {
        addClassName("page");
        Language language = Languages.current();
        add(new H1(getTranslation("about.title")), new Paragraph(getTranslation("about.intro")));
        for (Framework framework : catalog.all()) {
            add(new H2(framework.title().in(language)));
            Paragraph provenance = new Paragraph(framework.provenance().in(language));
            provenance.addClassName("provenance");
            add(provenance);
            add(new Paragraph(new Span(getTranslation("about.checksum") + " "), new Code(framework.checksum())));
            add(list(framework, ThemeKind.THEME, "about.themes", language),
                    list(framework, ThemeKind.MODULE, "about.modules", language));
        }
    }

    private com.vaadin.flow.component.Component list(Framework framework, ThemeKind kind, String headingKey,
                                                     Language language) {
        Main section = new Main();
        section.add(new H2(getTranslation(headingKey)));
        UnorderedList list = new UnorderedList();
        for (Theme theme : framework.themes()) {
            if (theme.kind() == kind) {
                list.add(new ListItem(theme.name().in(language) + " — "
                        + getTranslation("about.items", theme.items().size())));
            }
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " | " + getTranslation("app.title");
    }
}
