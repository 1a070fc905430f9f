package io.nlc.base;

import com.vaadin.flow.component.UI;
import io.nlc.content.Language;
import io.nlc.kernel.NativeSelect;
import io.nlc.organisation.Organisation;
import java.util.List;

/**
 * Lets a person change language; it is remembered for them when signed in, for the session otherwise. The browser's
 * own select, as markup in one element: it is on every page of every session, where a Vaadin select kept a component
 * per language.
 */
public class LanguageSwitcher extends NativeSelect<Language> {

    public LanguageSwitcher(Organisation organisation) {
        // Each language names itself, so a person who cannot read the current one still finds their own.
        setItems(List.of(Language.values()));
        setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        setLabel(getTranslation("language.label"));
        setValue(Languages.current());
        addClassName("language-switcher");
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            Language language = event.getValue();
            UI ui = UI.getCurrent();
            ui.getSession().setAttribute(Language.class, language);
            if (organisation.isSignedIn()) {
                organisation.setPreferredLanguage(language);
            }
            Languages.remember(language);
            Languages.apply(ui, language);
            ui.getPage().reload();
        });
    }
}
