package io.nlc.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that starts the app's web server (most of them then drive Chromium). Such classes run one at a time,
 * beside the in-process classes rather than after them (see {@code junit-platform.properties}): a browser journey
 * keeps one core busy in Chromium while its thread waits, and the in-process tests use the other. Their Spring
 * contexts (a web environment on a random port) are never the in-process classes' ones, so the two lanes share no
 * data. {@code SuiteLanesTest} checks that every class starting a server carries this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ServerLane.LOCK)
public @interface ServerLane {

    String LOCK = "io.nlc.server-lane";
}
