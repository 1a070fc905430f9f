package io.nlc.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * OWASP ASVS level 2 rules (5.0, 6.2): 8 to 64 characters, no composition rules, and not easy to guess: not one of
 * 30,000 common passwords (zxcvbn's list, see {@code docs/passwords.md}) nor a few local ones, not the person's own
 * names, not the product's, a hub's or a city's name, with or without digits and symbols around it ("Tangier2026!"),
 * and not one short pattern repeated ("aaaaaaaa", "12341234") or a straight run ("abcdefgh", "98765432").
 * <p>Each check is a hash lookup or a single pass over the password, so it costs microseconds; the places are read
 * from the database at each check, which only happens when someone chooses a password.
 */
@Component
class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 64;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** Words of the product itself, which anyone guessing a password here would try first. */
    private static final Set<String> PRODUCT_WORDS = Set.of(
            "nlc",
            "nlcselfassessment",
            "selfassessment",
            "autoevaluation",
            "strongcities",
            "strongcitiesnetwork",
            "gctf",
            "nationallocal",
            "hub");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A unit of at most four characters repeated to the end: "aaaaaaaa", "abab abab", "12341234". */
    private static final Pattern REPEATED = Pattern.compile("(.{1,4}?)\\1+", Pattern.DOTALL);

    private static final Pattern REPEATED_ANY = Pattern.compile("(.+?)\\1+");
    /** Words shorter than this are too short to be recognised inside a longer password. */
    private static final int MIN_CONTEXT_WORD = 3;

    private final Set<String> common;
    private final HubRepository hubs;
    private final CityRepository cities;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy(HubRepository hubs, CityRepository cities) {
        this.hubs = hubs;
        this.cities = cities;
        Set<String> words = new HashSet<>(40_000);
        read("/passwords/common-passwords.txt", words);
        read("/passwords/local-passwords.txt", words);
        this.common = Set.copyOf(words);
    }

    /** Refuses a password that breaks a rule; {@code personalWords} are the person's user name and names. */
    void check(String password, Collection<String> personalWords) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw new InvalidOrganisationInputException("password", "account.error.password-length");
        }
        if (easyToGuess(password, personalWords)) {
            throw new InvalidOrganisationInputException("password", "account.error.password-common");
        }
    }

    private boolean easyToGuess(String password, Collection<String> personalWords) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || common.contains(lower) || REPEATED.matcher(lower).matches() || straightRun(lower)) {
            return true;
        }
        // The letters alone, once: "Fès-fès-2026" is made of "fes".
        String letters = unit(letters(password));
        if (letters.isEmpty() || common.contains(letters) || PRODUCT_WORDS.contains(letters)) {
            return true;
        }
        Set<String> context = new HashSet<>();
        personalWords.forEach(word -> addWords(context, word));
        hubs.placeNames().forEach(row -> addWords(context, row));
        cities.placeNames().forEach(row -> addWords(context, row));
        return context.contains(letters);
    }

    /** The shortest piece the text repeats to its end ("menamena" gives "mena"), or the text itself. */
    private static String unit(String text) {
        Matcher repeated = REPEATED_ANY.matcher(text);
        return repeated.matches() ? repeated.group(1) : text;
    }

    /** Each code point one above (or one below) the one before: "abcdefgh", "87654321". */
    private static boolean straightRun(String password) {
        int[] points = password.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    /** Adds a name as a whole ("tetouan", "strongcitiesmena") and word by word ("strong", "cities"). */
    private static void addWords(Set<String> context, Object[] row) {
        for (Object value : row) {
            if (value != null) {
                addWords(context, value.toString());
            }
        }
    }

    private static void addWords(Set<String> context, String text) {
        String whole = letters(text);
        if (whole.length() >= MIN_CONTEXT_WORD) {
            context.add(whole);
        }
        for (String part : text.split("[\\s._\\-'’]+")) {
            String word = letters(part);
            if (word.length() >= MIN_CONTEXT_WORD) {
                context.add(word);
            }
        }
    }

    /** Only the letters, lower case and without accents: "Fès-2026!" becomes "fes". */
    static String letters(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return NOT_A_LETTER
                .matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** A one-time password, shown once to the person who set it, changed by its owner at next sign-in. */
    String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void read(String resource, Set<String> into) {
        try (var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(into::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
