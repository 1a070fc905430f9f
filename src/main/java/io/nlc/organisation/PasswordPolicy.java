package io.nlc.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** OWASP ASVS level 2 rules: 8 to 64 characters, not a common password, not the user name; no composition rules. */
@Component
class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 64;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy() {
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/common-passwords.txt"));
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw new AccountException("password", "account.error.password-length");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException("password", "account.error.password-common");
        }
    }

    /** A one-time password, shown once to the person who set it, changed by its owner at next sign-in. */
    String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
