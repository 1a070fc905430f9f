package io.nlc.organisation;

import io.nlc.kernel.NlcProperties;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with the OWASP parameters (19 MiB, 2 iterations, 1 lane) behind a delegating encoder. The test
 * configuration lowers the memory cost (the hash carries its parameters, so any stored hash still verifies):
 * hashing nine users per test at full cost was minutes of the test run. {@code PasswordHashingTest} checks the
 * production parameters.
 */
@Configuration
class PasswordConfiguration {

    static final String ARGON2 = "argon2id";
    static final int OWASP_MEMORY_KIB = 19 * 1024;
    static final int OWASP_ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(NlcProperties properties) {
        return encoder(
                properties.password().argon2MemoryKib(), properties.password().argon2Iterations());
    }

    static PasswordEncoder encoder(int memoryKib, int iterations) {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
        return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
