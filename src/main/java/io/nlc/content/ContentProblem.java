package io.nlc.content;

import io.nlc.kernel.UiTexts;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a content folder or a content pack: the file, the item (or other id) concerned, and what is
 * wrong as a translation key of the app's bundles with its arguments, so that the administrators' screen says it in
 * the user's language. {@link #message()} is the English text, for the authors' command, the logs and exceptions.
 *
 * <p>Whether a problem refuses the content depends on where it is listed: a {@link ContentValidationException}
 * holds errors; {@link CheckedFramework#warnings} are warnings.
 */
public record ContentProblem(String file, @Nullable String itemId, String key, List<String> arguments) {

    /** The app's translations, English being the base file, as {@code base.Translations} reads them. */
    private static final String BUNDLE = "vaadin-i18n.translations";

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    public ContentProblem(String file, @Nullable String itemId, String key, String... arguments) {
        this(file, itemId, key, List.of(arguments));
    }

    /** The problem in English; the key and its arguments if the bundle lacks the key (TranslationsTest forbids). */
    public String message() {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            Language.EN.locale(),
                            ContentProblem.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException missing) {
            return key + " " + arguments;
        }
        return UiTexts.format(pattern, Language.EN.locale(), arguments.toArray());
    }

    @Override
    public String toString() {
        return itemId == null ? file + ": " + message() : file + " [" + itemId + "]: " + message();
    }
}
