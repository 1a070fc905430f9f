package io.nlc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nlc.organisation.NotPermittedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/** A failed save is one the card retries; what the person is told was refused is not a failure. */
class SaveMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AssessmentService.SaveMetrics metrics = new AssessmentService.SaveMetrics(registry);

    @Test
    void databaseTroubleCountsAsAFailureConflictsApartAndRefusalsNotAtAll() {
        metrics.notSaved(new DataAccessResourceFailureException("connection refused"));
        metrics.notSaved(new PessimisticLockingFailureException("lock time-out"));
        metrics.notSaved(new AnswerConflictException(SavedAnswer.unanswered("T1.1")));
        metrics.notSaved(new InvalidRoundInputException("level", "answer.error.level"));
        metrics.notSaved(new AssessmentNotEditableException(1, AssessmentStatus.SUBMITTED));
        metrics.notSaved(new NotPermittedException("not yours"));
        metrics.saved(3);

        assertThat(registry.counter("nlc.answer.save.failures").count()).isEqualTo(2);
        assertThat(registry.counter("nlc.answer.save.conflicts").count()).isEqualTo(1);
        assertThat(registry.counter("nlc.answer.saves").count()).isEqualTo(3);
    }
}
