package io.nlc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The production hash is Argon2id at the OWASP parameters; the cheap test setting still reads it. */
class PasswordHashingTest {

    @Test
    void productionHashesAreArgon2idAtOwaspCostAndVerifyUnderAnyCost() {
        PasswordEncoder production = PasswordConfiguration.encoder(
                PasswordConfiguration.OWASP_MEMORY_KIB, PasswordConfiguration.OWASP_ITERATIONS);
        String hash = production.encode("correct horse battery");
        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
        PasswordEncoder cheap = PasswordConfiguration.encoder(64, 1);
        assertThat(cheap.matches("correct horse battery", hash)).isTrue();
        assertThat(cheap.matches("wrong horse battery", hash)).isFalse();
        assertThat(production.matches("correct horse battery", cheap.encode("correct horse battery")))
                .isTrue();
    }
}
