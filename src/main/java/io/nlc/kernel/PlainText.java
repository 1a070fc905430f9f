package io.nlc.kernel;

/**
 * The rule for names, labels, codes and links: they are shown inside the app's own sentences, so they may not
 * carry invisible characters that reorder the text around them (U+202E makes "…gpj.exe" read "…exe.jpg" and
 * "2026" read "6202") or break it into lines. Services refuse such input with {@link #MESSAGE_KEY}. Free text
 * (comments, reasons) keeps them, since Arabic writers use direction marks in mixed text; screens isolate it
 * ({@link #isolate}), as they isolate every piece of user text shown inside a sentence.
 */
public final class PlainText {

    /** The translation shown next to a refused field. */
    public static final String MESSAGE_KEY = "input.error.direction-characters";

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_ISOLATE = '\u2069';

    private PlainText() {}

    /** True when the text holds no bidirectional formatting character, control character or line separator. */
    public static boolean isPlain(String text) {
        return text.codePoints()
                .noneMatch(codePoint -> isDirectionControl(codePoint)
                        || Character.isISOControl(codePoint)
                        || codePoint == '\u2028'
                        || codePoint == '\u2029');
    }

    /**
     * The characters that change the direction of the text around them: embeddings and overrides
     * (U+202A..U+202E), isolates (U+2066..U+2069) and the marks LRM, RLM and ALM (U+200E, U+200F, U+061C).
     */
    public static boolean isDirectionControl(int codePoint) {
        return (codePoint >= '\u202A' && codePoint <= '\u202E')
                || (codePoint >= '\u2066' && codePoint <= '\u2069')
                || codePoint == '\u200E'
                || codePoint == '\u200F'
                || codePoint == '\u061C';
    }

    /**
     * Wraps text in Unicode first-strong isolates (FSI ... PDI), so that it keeps its own direction inside a
     * sentence of the other script and nothing inside it reorders its neighbours: direction controls inside (an
     * override such as U+202E, from free text or data stored before names refused them) end with the isolate. A
     * pop-isolate without its opening would end the isolate early, so such strays are dropped.
     */
    public static String isolate(String text) {
        StringBuilder isolated = new StringBuilder(text.length() + 2).append(FIRST_STRONG_ISOLATE);
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2066' || c == '\u2067' || c == FIRST_STRONG_ISOLATE) {
                open++;
            } else if (c == POP_ISOLATE) {
                if (open == 0) {
                    continue;
                }
                open--;
            }
            isolated.append(c);
        }
        return isolated.append(POP_ISOLATE).toString();
    }
}
