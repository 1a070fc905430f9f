package io.nlc.kernel;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * A build processed ahead of time (the {@code aot} Maven profile, deploy/README.md) fixed at build time which beans
 * exist, with no profile active. The demo ({@code nlc.demo.enabled}) and the {@code drill} profile add beans of their
 * own, so with such a build they would start as an empty app with no word of why: stop instead and say what to do.
 * It looks once the settings are read and before anything starts (registered in META-INF/spring.factories), so not
 * even a database is opened. The app's other switches are read at start-up and work either way.
 */
class AheadOfTimeBuild implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        refuseWhatTheBuildLeftOut(environment, AotDetector.useGeneratedArtifacts());
    }

    /** After Spring Boot's own: the profiles and the application properties are known by then. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static void refuseWhatTheBuildLeftOut(Environment environment, boolean aheadOfTime) {
        if (!aheadOfTime) {
            return;
        }
        if (environment.getProperty("nlc.demo.enabled", Boolean.class, false) || environment.matchesProfiles("drill")) {
            throw new IllegalStateException("The demo and the drill need beans that this ahead-of-time build left"
                    + " out: start the app without -D" + AotDetector.AOT_ENABLED + "=true");
        }
    }
}
