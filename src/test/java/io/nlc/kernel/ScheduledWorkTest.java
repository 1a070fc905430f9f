package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Tests switch backups and reminders off (they run them themselves), as an operator may. */
@SpringBootTest
class ScheduledWorkTest {

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    /** Scheduling once came with the backup and reminder schedules: with both off, the throttle never forgot. */
    @Test
    void theLoginThrottleForgetsOldCountsWithBackupsAndRemindersOff() {
        assertThat(schedulers.stream()
                        .flatMap(scheduler -> scheduler.getScheduledTasks().stream())
                        .map(task -> task.getTask().toString()))
                .containsExactly("io.nlc.security.LoginThrottle.forgetOldCounts");
    }
}
