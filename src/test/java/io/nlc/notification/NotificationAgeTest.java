package io.nlc.notification;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.content.LocalizedText;
import io.nlc.organisation.Organisation;
import io.nlc.testsupport.RoundTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The review saw rounds validated long ago still marked "New" in the bell: an unread notification older than
 * {@link Notifications#NEW_FOR} is shown, but neither counted nor marked new.
 */
@SpringBootTest
class NotificationAgeTest extends RoundTest {

    @Autowired
    NotificationRepository repository;

    @Autowired
    Notifications notifications;

    @Autowired
    Organisation organisation;

    @Autowired
    Clock clock;

    @Test
    void anUnreadNotificationOlderThanThirtyDaysIsNotNew() {
        signIn(world.memberA1);
        long me = organisation.currentUser().id();
        Instant now = clock.instant();
        LocalizedText city = new LocalizedText("A1", "A1", "A1");
        repository.save(Notification.step(
                me, round, AssessmentStatus.VALIDATED, "Advisor", city, "2025", now.minus(Duration.ofDays(200))));
        repository.save(Notification.step(
                me,
                round,
                AssessmentStatus.IN_REVIEW,
                "Advisor",
                city,
                "2025",
                now.minus(Notifications.NEW_FOR).minusSeconds(60)));
        repository.save(Notification.step(
                me, round, AssessmentStatus.RETURNED, "Advisor", city, "2026", now.minus(Duration.ofDays(2))));

        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent(10))
                .extracting(NotificationItem::unread)
                .containsExactly(true, false, false);
    }
}
