package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What reaches the log at WARN: where it failed and of what kind, never what the person typed. */
class LoggedFailureTest {

    @Test
    void keepsTheKindsAndStackTracesOfTheWholeChainButNoMessage() {
        IllegalStateException typed = new IllegalStateException("Value too long: 'Réunion avec le wali'");
        RuntimeException failure = new RuntimeException("could not save 'Réunion avec le wali'", typed);

        LoggedFailure logged = LoggedFailure.of(failure);
        StringWriter printed = new StringWriter();
        logged.printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString())
                .doesNotContain("Réunion")
                .contains(RuntimeException.class.getName(), IllegalStateException.class.getName(), "Caused by");
        assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(logged.getCause()).isNotNull();
        assertThat(logged.getCause().getStackTrace()).isEqualTo(typed.getStackTrace());
    }
}
