package io.nlc.kernel;

import static io.nlc.kernel.AheadOfTimeBuild.refuseWhatTheBuildLeftOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

class AheadOfTimeBuildTest {

    @Test
    void anAheadOfTimeBuildRefusesTheDemoAndTheDrillAndSaysHowToStartThem() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        refuseWhatTheBuildLeftOut(new MockEnvironment().withProperty("nlc.demo.enabled", "true"), true))
                .withMessageContaining("without -Dspring.aot.enabled=true");
        MockEnvironment drill = new MockEnvironment();
        drill.setActiveProfiles("drill", "postgres");
        assertThatIllegalStateException().isThrownBy(() -> refuseWhatTheBuildLeftOut(drill, true));
    }

    @Test
    void aDeploymentStartsEitherWay() {
        MockEnvironment production = new MockEnvironment().withProperty("nlc.demo.enabled", "false");
        production.setActiveProfiles("postgres");
        assertThatCode(() -> refuseWhatTheBuildLeftOut(production, true)).doesNotThrowAnyException();
        assertThatCode(() -> refuseWhatTheBuildLeftOut(new MockEnvironment(), true))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlainBuildRunsTheDemoAndTheDrill() {
        MockEnvironment demoAndDrill = new MockEnvironment().withProperty("nlc.demo.enabled", "true");
        demoAndDrill.setActiveProfiles("drill");
        assertThatCode(() -> refuseWhatTheBuildLeftOut(demoAndDrill, false)).doesNotThrowAnyException();
    }

    /** Spring Boot asks it once the settings are read, before a bean or a database exists. */
    @Test
    void springBootConsultsItBeforeAnythingStarts() {
        // Spring Boot's own need arguments it passes when it starts: they are left out here.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
                        .load(
                                EnvironmentPostProcessor.class,
                                null,
                                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {})))
                .hasAtLeastOneElementOfType(AheadOfTimeBuild.class);
    }
}
