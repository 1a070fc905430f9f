package io.nlc.kernel;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every module may rely on: the app's settings ({@link NlcProperties}) and the one clock. */
@Configuration
@EnableConfigurationProperties(NlcProperties.class)
class KernelConfiguration {

    /** Every service reads the time from here, so that the demo (and a test) can set it in one place. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
