package io.nlc.backup;

import io.nlc.kernel.NlcProperties;
import io.nlc.kernel.ObservedTask;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link Backups} on {@code nlc.backup.cron} unless {@code nlc.backup.enabled} is false (tests run it
 * themselves). Decided when the schedule is set up, not by a bean condition: an ahead-of-time build fixes its
 * conditions when it is built, and this switch belongs to whoever starts the app.
 */
@Configuration(proxyBeanMethods = false)
class BackupSchedule implements SchedulingConfigurer {

    private final Backups backups;
    private final NlcProperties.Backup settings;

    BackupSchedule(Backups backups, NlcProperties properties) {
        this.backups = backups;
        this.settings = properties.backup();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addCronTask(ObservedTask.of(backups, "scheduled", registrar), settings.cron());
        }
    }
}
