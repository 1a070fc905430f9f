package io.nlc.content;

import java.util.Locale;

/** The languages every UI string and every content text exists in. */
public enum Language {
    // Moroccan Arabic formats numbers with Western digits, as Moroccan administration does.
    EN("en", Locale.ENGLISH),
    FR("fr", Locale.FRENCH),
    AR("ar", Locale.of("ar", "MA"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    /** The supported language of a locale, French when the locale's language is not supported. */
    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage());
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return FR;
    }
}
