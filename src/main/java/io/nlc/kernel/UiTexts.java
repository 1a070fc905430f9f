package io.nlc.kernel;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI strings of {@code vaadin-i18n/translations{,_fr,_ar}.properties} in one language, for the screens, the
 * reports and the exported files alike. A language never falls back to the server's locale, only to the base file
 * (English): with Java's default fallback, English on a French server showed French. Placeholders are formatted by
 * ICU's {@link MessageFormat}, whose {@code {0, plural, ...}} knows each language's plural categories (Arabic has
 * six: zero, one, two, few, many, other), which {@code java.text.MessageFormat} cannot express. Plain {@code {0}}
 * formats numbers as the JDK does (ar-MA keeps Western digits).
 */
public final class UiTexts {

    /** The base name of the bundle. */
    public static final String BUNDLE = "vaadin-i18n.translations";

    private static final ResourceBundle.Control NO_SERVER_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private UiTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, UiTexts.class.getClassLoader(), NO_SERVER_FALLBACK);
    }

    /** The texts of a locale ({@link ResourceBundle} caches the bundle itself, so this is cheap). */
    public static UiTexts of(Locale locale) {
        return new UiTexts(locale);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text of a key with its placeholders filled in; without parameters the text as written.
     *
     * @throws MissingResourceException when the key exists in no file of the language
     */
    public String get(String key, Object... params) {
        return format(bundle.getString(key), locale, params);
    }

    /** A pattern of the bundles formatted for a locale; without parameters the pattern as written. */
    public static String format(String pattern, Locale locale, Object... params) {
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }
}
