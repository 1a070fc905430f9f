package io.nlc.organisation.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TOTP maths against RFC 6238's own test vectors, the window and replay rules, and Base32 (RFC 4648). */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B: time, then the 8-digit codes for SHA-1, SHA-256 and SHA-512. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void matchesTheRfcTestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // What authenticator apps show: the last six digits of the SHA-1 code.
        assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void acceptsTheStepsEitherSideButNothingOlderOrLater() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + offset), now, Long.MIN_VALUE))
                    .as("offset " + offset)
                    .hasValue(step + offset);
        }
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now, Long.MIN_VALUE))
                .as("a minute old")
                .isEmpty();
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, Long.MIN_VALUE))
                .isEmpty();
    }

    @Test
    void aStepUsedOnceAndEveryEarlierOneAreRefused() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step), now, step)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, step))
                .isEmpty();
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, step))
                .hasValue(step + 1);
    }

    @Test
    void refusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.match(SHA1_KEY, "287082 ", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, "94287082", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, "", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, "287082", now, Long.MIN_VALUE)).isPresent();
    }

    @Test
    void base32FollowsRfc4648AndReadsWhatPeopleType() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(new String(Totp.fromBase32("mzxw 6ytb oi======"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        assertThat(Totp.fromBase32(Totp.base32(SHA1_KEY))).isEqualTo(SHA1_KEY);
        assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
