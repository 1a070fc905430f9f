package io.nlc.plan;

import io.nlc.kernel.NlcProperties;
import io.nlc.kernel.ObservedTask;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the reminders shortly after start-up and then every hour: a day's reminders go out within the hour after
 * midnight in Morocco, and a server that was down catches up when it starts. Off when
 * {@code nlc.plan.reminders.enabled} is false (tests call {@link ActionReminders#remind()} themselves); decided at
 * run time, not by a bean condition, so that an ahead-of-time build still obeys it.
 */
@Configuration(proxyBeanMethods = false)
class ActionReminderSchedule implements SchedulingConfigurer {

    private final ActionReminders reminders;
    private final NlcProperties.Reminders settings;

    ActionReminderSchedule(ActionReminders reminders, NlcProperties properties) {
        this.reminders = reminders;
        this.settings = properties.plan().reminders();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(
                    ObservedTask.of(reminders, "remind", registrar), settings.interval(), settings.firstRun()));
        }
    }
}
