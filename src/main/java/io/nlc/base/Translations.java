package io.nlc.base;

import com.vaadin.flow.i18n.I18NProvider;
import io.nlc.content.Language;
import io.nlc.kernel.UiTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.springframework.stereotype.Component;

/**
 * The UI strings of {@code vaadin-i18n/translations{,_fr,_ar}.properties}, English being the base file. Vaadin's
 * default provider looks a language up with Java's default fallback, so on a server whose own locale is French or
 * Arabic, English (which has no file of its own) showed French or Arabic. Here a language never falls back to the
 * server's locale, only to the base file ({@link UiTexts}, which also formats plural forms). French comes first: the
 * language of a page nobody chose.
 */
@Component
class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(new Language[] {Language.FR, Language.EN, Language.AR})
                .map(Language::locale)
                .toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return UiTexts.of(locale).get(key, params);
        } catch (MissingResourceException missing) {
            // As Vaadin's provider does: visible on screen, and TranslationsTest keeps it from happening.
            return "!" + locale.getLanguage() + ": " + key;
        }
    }
}
