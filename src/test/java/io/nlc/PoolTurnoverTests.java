package io.nlc;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.Confidence;
import io.nlc.assessment.SavedAnswer;
import io.nlc.notification.Notifications;
import io.nlc.testsupport.RoundTest;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes go on after the connection pool has retired every connection it had, including the one that ran the
 * migrations (H2 2.4.240 broke every CHECK ... IN constraint once that session was closed; see pom.xml).
 */
abstract class PoolTurnoverTests extends RoundTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    Notifications notifications;

    /** SQL counting this database's sessions that started before the time given as its one parameter. */
    abstract String sessionsStartedBefore();

    @Test
    void answersWorkflowStepsAndNotificationsAreSavedAfterThePoolRetiredEveryConnection() throws SQLException {
        retireEveryConnection();

        // answer: CHECK state IN (...), confidence IN (...)
        signIn(world.memberA1);
        String item = roundItems.getFirst().id();
        SavedAnswer saved = service.save(
                round, item, AnswerDraft.empty().withLevel(2).withConfidence(Confidence.MEDIUM), SavedAnswer.NEW);
        assertThat(service.answers(round).get(item).version()).isEqualTo(saved.version());

        // assessment status, audit kind and notification status: CHECK ... IN (...)
        signIn(world.coordinatorA1);
        workflow.submit(round, "Pool turnover");
        assertThat(service.overview(round).status()).isEqualTo(AssessmentStatus.SUBMITTED);

        signIn(world.advisorA);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    /** Evicts every pooled connection and waits until the database has closed every session opened before. */
    private void retireEveryConnection() throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp before = jdbc.queryForObject("select current_timestamp", Timestamp.class);
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.queryForObject(sessionsStartedBefore(), Integer.class, before) > 0) {
            assertThat(Instant.now()).as("old sessions closed in time").isBefore(deadline);
            Thread.onSpinWait();
        }
    }
}
