package io.nlc.backup;

import io.nlc.kernel.NlcProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link Backups} on {@code nlc.backup.cron}. Off in tests, which run it themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "nlc.backup.enabled", matchIfMissing = true)
class BackupSchedule implements SchedulingConfigurer {

    private final Backups backups;
    private final String cron;

    BackupSchedule(Backups backups, NlcProperties properties) {
        this.backups = backups;
        this.cron = properties.backup().cron();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(backups::scheduled, cron);
    }
}
