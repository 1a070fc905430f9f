package io.nlc.kernel;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every module may rely on: the app's settings ({@link NlcProperties}), the one clock, and scheduled work (the
 * login throttle's clean-up always; backups and reminders unless switched off).
 */
@Configuration
@EnableConfigurationProperties(NlcProperties.class)
@EnableScheduling
class KernelConfiguration {

    /** Every service reads the time from here, so that the demo (and a test) can set it in one place. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
