package io.nlc.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.nlc.content.Band;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.GlossaryTerm;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.content.ThemeKind;

/**
 * What the app is, and where its framework comes from: for every installed version its provenance, principles,
 * score bands and good-practice mapping, then the glossary of key terms.
 */
@Route("about")
@Menu(order = 9, title = "nav.about", icon = "vaadin:info-circle")
@AnonymousAllowed
public class AboutView extends Main implements HasDynamicTitle {

    AboutView(FrameworkCatalog catalog) {
        addClassName("page");
        addClassName("about");
        Language language = Languages.current();
        add(new H1(getTranslation("about.title")), new Paragraph(getTranslation("about.intro")));
        int current = catalog.current().version();
        // Newest first: the version new assessments start on, then the older ones that pinned rounds still use.
        for (Framework framework : catalog.all().reversed()) {
            add(version(framework, framework.version() == current, language));
        }
        if (!catalog.glossary().terms().isEmpty()) {
            add(glossary(catalog, language));
        }
    }

    private Component version(Framework framework, boolean current, Language language) {
        Section section = new Section();
        section.addClassName("framework-version");
        section.setId("framework-v" + framework.version());
        section.add(
                new H2(framework.title().in(language)),
                new Paragraph(getTranslation(current ? "about.version-current" : "about.version-older")));
        Paragraph provenance = new Paragraph(framework.provenance().in(language));
        provenance.addClassName("provenance");
        section.add(provenance);
        LocalizedText introduction = framework.introduction();
        if (introduction != null) {
            Paragraph principles = new Paragraph(introduction.in(language));
            principles.addClassName("principles");
            section.add(principles);
        }
        section.add(new Paragraph(new Span(getTranslation("about.checksum") + " "), new Code(framework.checksum())));
        section.add(bands(framework, language));
        LocalizedText source = framework.goodPracticeSource();
        Paragraph practices = new Paragraph(
                source == null
                        ? getTranslation("about.gp.unmapped")
                        : getTranslation("about.gp.source", source.in(language)));
        practices.addClassName("good-practice-mapping");
        section.add(
                practices,
                list(framework, ThemeKind.THEME, "about.themes", language),
                list(framework, ThemeKind.MODULE, "about.modules", language));
        return section;
    }

    private Component bands(Framework framework, Language language) {
        Div bands = new Div(new H3(getTranslation("about.bands")), new Paragraph(getTranslation("about.bands.how")));
        bands.addClassName("bands");
        UnorderedList list = new UnorderedList();
        for (Band band : framework.bands()) {
            String level = getTranslation("item.level", band.level()) + " · "
                    + framework.levelName(band.level()).in(language);
            list.add(new ListItem(getTranslation(
                    "about.band",
                    level,
                    Formats.score(band.from(), language),
                    Formats.level(band.from() * Item.MAX_LEVEL / 100, language))));
        }
        bands.add(list);
        if (framework.nearestLevelBands()) {
            bands.add(new Paragraph(getTranslation("about.bands.nearest")));
        }
        return bands;
    }

    private Component list(Framework framework, ThemeKind kind, String headingKey, Language language) {
        Div section = new Div(new H3(getTranslation(headingKey)));
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

    private Component glossary(FrameworkCatalog catalog, Language language) {
        Section section = new Section(
                new H2(getTranslation("about.glossary")), new Paragraph(getTranslation("about.glossary.intro")));
        section.addClassName("glossary");
        section.setId("glossary");
        UnorderedList list = new UnorderedList();
        for (GlossaryTerm term : catalog.glossary().terms()) {
            Span name = new Span(term.term().in(language));
            name.addClassName("glossary-term");
            ListItem entry = new ListItem(name, new Span(" — " + term.meaning().in(language)));
            if (!term.avoid().isEmpty()) {
                // The avoided forms are mostly Arabic: isolate each so an English or French line keeps its order.
                Span avoid = new Span(getTranslation(
                        "about.glossary.avoid",
                        String.join(
                                ", ",
                                term.avoid().stream().map(Formats::isolate).toList())));
                avoid.addClassName("glossary-avoid");
                entry.add(new Div(avoid));
            }
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " | " + getTranslation("app.title");
    }
}
