package io.nlc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.nlc.testsupport.RecordedObservations;
import io.nlc.testsupport.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class BackupScheduleTest {

    @Test
    void backsUpDailyAtHalfPastTwoUnlessToldOtherwise() {
        assertThat(tasks(Map.of())).extracting(CronTask::getExpression).containsExactly("0 30 2 * * *");
        assertThat(tasks(Map.of("nlc.backup.cron", "0 0 3 * * *")))
                .extracting(CronTask::getExpression)
                .containsExactly("0 0 3 * * *");
    }

    /** Read when the app starts, so that a build made ahead of time still obeys whoever starts it. */
    @Test
    void switchedOffThereIsNoSchedule() {
        assertThat(tasks(Map.of("nlc.backup.enabled", "false"))).isEmpty();
    }

    /** Observed as an {@code @Scheduled} method would be: the operators' timer of scheduled work. */
    @Test
    void aRunIsObservedAsScheduledWork() {
        Backups backups = mock(Backups.class);

        assertThat(RecordedObservations.ofEachTaskOnce(new BackupSchedule(backups, Settings.of(Map.of()))))
                .containsExactly("tasks.scheduled.execution code.function=scheduled");
        verify(backups).scheduled();
    }

    private static java.util.List<CronTask> tasks(Map<String, String> settings) {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new BackupSchedule(mock(Backups.class), Settings.of(settings)).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
        return registrar.getCronTaskList();
    }
}
