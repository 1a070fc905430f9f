package io.nlc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.nlc.testsupport.RecordedObservations;
import io.nlc.testsupport.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class ActionReminderScheduleTest {

    @Test
    void remindsAMinuteAfterStartUpAndThenHourly() {
        assertThat(tasks(Map.of())).singleElement().satisfies(task -> {
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(1));
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1));
        });
    }

    /** Read when the app starts, so that a build made ahead of time still obeys whoever starts it. */
    @Test
    void switchedOffThereIsNoSchedule() {
        assertThat(tasks(Map.of("nlc.plan.reminders.enabled", "false"))).isEmpty();
    }

    /** Observed as an {@code @Scheduled} method would be: the operators' timer of scheduled work. */
    @Test
    void aRunIsObservedAsScheduledWork() {
        ActionReminders reminders = mock(ActionReminders.class);

        assertThat(RecordedObservations.ofEachTaskOnce(new ActionReminderSchedule(reminders, Settings.of(Map.of()))))
                .containsExactly("tasks.scheduled.execution code.function=remind");
        verify(reminders).remind();
    }

    private static List<IntervalTask> tasks(Map<String, String> settings) {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new ActionReminderSchedule(mock(ActionReminders.class), Settings.of(settings)).configureTasks(registrar);
        assertThat(registrar.getCronTaskList()).isEmpty();
        return registrar.getFixedDelayTaskList();
    }
}
