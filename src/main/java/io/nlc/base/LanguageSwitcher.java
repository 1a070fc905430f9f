package io.nlc.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import io.nlc.content.Language;
import io.nlc.organisation.Organisation;

/** Lets a person change language; it is remembered for them when signed in, for the session otherwise. */
public class LanguageSwitcher extends Select<Language> {

    public LanguageSwitcher(Organisation organisation) {
        setItems(Language.values());
        setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        setAriaLabel(getTranslation("language.label"));
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
            Languages.apply(ui, language);
            ui.getPage().reload();
        });
    }
}
