package io.nlc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules on their own: the common list, patterns, and the words of the person and the places. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = policyWithPlaces();

    private static PasswordPolicy policyWithPlaces() {
        HubRepository hubs = mock(HubRepository.class);
        CityRepository cities = mock(CityRepository.class);
        when(hubs.placeNames()).thenReturn(List.<Object[]>of(new Object[] {
            "MENA", "Strong Cities MENA Regional Hub", "Pôle régional MENA", "المركز الإقليمي"
        }));
        when(cities.placeNames())
                .thenReturn(List.<Object[]>of(
                        new Object[] {"Tangier", "Tanger", "طنجة", "Tanger-Assilah", "Tanger-Tétouan-Al Hoceïma"},
                        new Object[] {"Fez", "Fès", "فاس", "Fès", "Fès-Meknès"}));
        return new PasswordPolicy(hubs, cities);
    }

    /** Every password the security test got accepted (F5). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "qwertyui",
                "1q2w3e4r",
                "trustno1",
                "aaaaaaaa",
                "zaq12wsx",
                "superman",
                "12341234",
                "        ",
                "Password123",
                "motdepasse",
                "azertyuiop"
            })
    void passwordsFromTheSecurityTestAreRefused(String password) {
        assertRefused(password, "account.error.password-common");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"abcdefgh", "98765432", "abababab", "xyzxyzxyz", "Monkey2026!", "sunshine!!", "iloveyou2026"})
    void patternsAndCommonWordsWithDigitsAroundThemAreRefused(String password) {
        assertRefused(password, "account.error.password-common");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tangier2026!",
                "tanger-2026",
                "Fès 2026 !!",
                "FES_fes_2026",
                "2026strongcities",
                "NLC-2026-nlc",
                "طنجة2026",
                "menamena",
                "karim.benali",
                "Benali1984"
            })
    void theProductThePlacesAndThePersonsOwnNamesAreRefused(String password) {
        assertThatThrownBy(() -> policy.check(password, List.of("karim.benali", "Karim Benali")))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-common"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "our commune meets every tuesday",
                "Tisane à la menthe, 7 verres",
                "واحة زاكورة الخضراء 7",
                "blue-kettle-orbit-42",
                "Tangier harbour at dawn"
            })
    void longerSentencesAndUncommonWordsAreAccepted(String password) {
        assertThatCode(() -> policy.check(password, List.of("karim.benali", "Karim Benali")))
                .doesNotThrowAnyException();
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        assertRefused("court7!", "account.error.password-length");
        assertRefused("x".repeat(65), "account.error.password-length");
        assertThatCode(() -> policy.check("ليلة صيف هادئة", List.of())).doesNotThrowAnyException();
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandPasswords() throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/passwords/common-passwords.txt")),
                StandardCharsets.UTF_8))) {
            assertThat(reader.lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .count())
                    .isGreaterThanOrEqualTo(10_000);
        }
    }

    /** Far below what anyone would notice (about 0.02 ms here on an idle machine); the bar only catches a scan. */
    @Test
    void aCheckIsCheap() {
        for (int i = 0; i < 2_000; i++) {
            policy.check("warm up sentence " + i, List.of("someone"));
        }
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            policy.check("a fine long sentence " + i, List.of("someone"));
        }
        long perCheck = (System.nanoTime() - start) / 2_000;
        assertThat(perCheck).as("nanoseconds per check").isLessThan(20_000_000);
    }

    private void assertRefused(String password, String key) {
        assertThatThrownBy(() -> policy.check(password, List.of("someone")))
                .isInstanceOfSatisfying(
                        InvalidOrganisationInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
