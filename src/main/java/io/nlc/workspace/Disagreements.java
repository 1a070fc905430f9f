package io.nlc.workspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import io.nlc.base.Formats;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.workshop.ItemSpread;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The five items on which raters disagreed most, widest spread first: where a workshop should spend its time. */
class Disagreements extends Section {

    static final int SHOWN = 5;

    Disagreements(List<ItemSpread> disagreements, Collection<Theme> themes, Language language) {
        add(new H2(getTranslation("raters.disagreements")));
        addClassName("disagreements");
        Map<String, Item> items = new HashMap<>();
        themes.forEach(theme -> theme.items().forEach(item -> items.put(item.id(), item)));
        for (ItemSpread spread : disagreements.subList(0, Math.min(SHOWN, disagreements.size()))) {
            Item item = items.get(spread.itemId());
            Paragraph line = new Paragraph(Formats.isolate(spread.itemId()) + " · "
                    + (item == null ? "" : item.question().in(language)) + " — "
                    + getTranslation("raters.range", spread.min(), spread.max()));
            line.addClassName("disagreement");
            add(line);
        }
    }
}
