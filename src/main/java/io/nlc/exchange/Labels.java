package io.nlc.exchange;

import io.nlc.content.Language;
import io.nlc.kernel.UiTexts;

/** The screens' translations, read outside a UI for the texts written into files. */
final class Labels {

    private final UiTexts texts;
    private final Language language;

    Labels(Language language) {
        this.language = language;
        this.texts = UiTexts.of(language.locale());
    }

    String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    Language language() {
        return language;
    }
}
