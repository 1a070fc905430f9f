package io.nlc.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds, in a content text, the forms the glossary says to avoid (a term's {@code avoid} list), and names the
 * glossary's term instead. The rule, so that an author can predict it:
 *
 * <ul>
 *   <li>a form matches as whole words, ignoring case and Arabic short vowels and tatweel; in Arabic it may carry
 *       one or two attached particles (و ف ب ك ل, and ل before the article, written لل), in Latin script a
 *       plural s;
 *   <li>a form inside the wording of a glossary term is that term, not the form: the Arabic name of Entraide
 *       Nationale holds its short form, avoided on its own, and social polarisation's Arabic term holds the word
 *       that alone means recruitment;
 *   <li>where a longer form and a shorter one match at the same place, only the longer is reported.
 * </ul>
 *
 * Whole words rather than any substring because Arabic words hold each other: «المحاور» (the axes) holds «محاور»
 * (interlocutor, avoided) and is right.
 */
final class AvoidedForms {

    private static final String PARTICLES = "وفبكل";
    private static final char MASK = '\u0000';
    private static final String ARTICLE = "ال";

    private record Form(String written, String normalized, GlossaryTerm term) {}

    private final List<Form> forms = new ArrayList<>();
    private final List<GlossaryTerm> terms;

    AvoidedForms(Glossary glossary) {
        this.terms = glossary.terms();
        for (GlossaryTerm term : terms) {
            for (String form : term.avoid()) {
                forms.add(new Form(form, normalize(form), term));
            }
        }
        // Longest first, so that a longer form masks the shorter ones it holds.
        forms.sort(Comparator.comparingInt((Form form) -> form.normalized().length())
                .reversed());
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    /** One warning per language and avoided form found in the texts of one field of one file and item. */
    List<ContentProblem> find(String file, @Nullable String itemId, String field, Map<Language, String> texts) {
        List<ContentProblem> found = new ArrayList<>();
        for (Language language : Language.values()) {
            String text = texts.get(language);
            if (text == null || text.isEmpty()) {
                continue;
            }
            for (Form form : in(text)) {
                found.add(new ContentProblem(
                        file,
                        itemId,
                        "content.warning.avoided." + language.code(),
                        field,
                        form.written(),
                        form.term().term().in(language)));
            }
        }
        return found;
    }

    private Set<Form> in(String text) {
        char[] chars = normalize(text).toCharArray();
        for (GlossaryTerm term : terms) {
            for (Language wordingLanguage : Language.values()) {
                String wording = term.term().in(wordingLanguage);
                mask(chars, normalize(wording));
                int bracket = wording.indexOf(" (");
                if (bracket > 0) {
                    mask(chars, normalize(wording.substring(0, bracket)));
                }
            }
        }
        Set<Form> found = new LinkedHashSet<>();
        for (Form form : forms) {
            for (String pattern : spellings(form.normalized())) {
                String current = new String(chars);
                for (int at = current.indexOf(pattern); at >= 0; at = current.indexOf(pattern, at + 1)) {
                    int end = wordEnd(chars, at + pattern.length(), pattern);
                    if (end >= 0 && wordStart(chars, at, pattern)) {
                        found.add(form);
                        Arrays.fill(chars, at, end, MASK);
                    }
                }
            }
        }
        return found;
    }

    /** The form as written, and after the particle ل, which takes the alif of ال: «للتعاون» is ل + «التعاون». */
    private static List<String> spellings(String form) {
        if (form.isEmpty()) {
            return List.of();
        }
        return form.startsWith(ARTICLE) ? List.of(form, "لل" + form.substring(ARTICLE.length())) : List.of(form);
    }

    private static void mask(char[] chars, String wording) {
        for (String spelling : spellings(wording)) {
            String text = new String(chars);
            for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + spelling.length())) {
                Arrays.fill(chars, at, at + spelling.length(), MASK);
            }
        }
    }

    /** Whether the form starts a word, or follows one or two Arabic particles that start one. */
    private static boolean wordStart(char[] chars, int at, String form) {
        if (at == 0 || !Character.isLetterOrDigit(chars[at - 1])) {
            return true;
        }
        if (!isArabic(form.charAt(0))) {
            return false;
        }
        int start = at;
        for (int particles = 0; particles < 2 && start > 0 && PARTICLES.indexOf(chars[start - 1]) >= 0; particles++) {
            start--;
            if (start == 0 || !Character.isLetterOrDigit(chars[start - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Where the word ends after the form (with a Latin plural s), or -1 if the form ends inside a longer word. */
    private static int wordEnd(char[] chars, int end, String form) {
        if (end == chars.length || !Character.isLetterOrDigit(chars[end])) {
            return end;
        }
        boolean latin = !isArabic(form.charAt(form.length() - 1));
        if (latin && chars[end] == 's' && (end + 1 == chars.length || !Character.isLetterOrDigit(chars[end + 1]))) {
            return end + 1;
        }
        return -1;
    }

    private static boolean isArabic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
    }

    /** Composed, lower case, without Arabic short vowels or tatweel, every space a plain one. */
    static String normalize(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            normalized.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return normalized.toString().toLowerCase(Locale.ROOT);
    }
}
