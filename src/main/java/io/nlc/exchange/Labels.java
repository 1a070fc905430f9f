package io.nlc.exchange;

import io.nlc.content.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The screens' translations, read outside a UI for the texts written into files. */
final class Labels {

    private final ResourceBundle bundle;
    private final Language language;

    Labels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations",
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    Language language() {
        return language;
    }
}
