package io.nlc.organisation;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Argon2id with the OWASP parameters (19 MiB, 2 iterations, 1 lane) behind a delegating encoder. */
@Configuration
class PasswordConfiguration {

    private static final String ARGON2 = "argon2id";

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
