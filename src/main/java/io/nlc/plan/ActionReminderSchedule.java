package io.nlc.plan;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders shortly after start-up and then every hour: a day's reminders go out within the hour after
 * midnight in Morocco, and a server that was down catches up when it starts. Off in tests, which call
 * {@link ActionReminders#remind()} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "nlc.plan.reminders.enabled", matchIfMissing = true)
class ActionReminderSchedule {

    private final ActionReminders reminders;

    ActionReminderSchedule(ActionReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            initialDelayString = "${nlc.plan.reminders.first-run:PT1M}",
            fixedDelayString = "${nlc.plan.reminders.interval:PT1H}")
    void remind() {
        reminders.remind();
    }
}
