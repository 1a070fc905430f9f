package io.nlc.content;

/** A content text in the three languages of the app. */
public record LocalizedText(String en, String fr, String ar) {

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }
}
