package io.nlc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The suite runs in two lanes side by side ({@link ServerLane}). A class that starts a web server but stays in the
 * in-process lane would run beside the server lane's classes, and could share their Spring context and data.
 */
class SuiteLanesTest {

    @Test
    void everyTestThatStartsAWebServerRunsInTheServerLane() throws Exception {
        List<Class<?>> startingAServer = testClasses()
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .filter(SuiteLanesTest::startsAWebServer)
                .toList();

        assertThat(startingAServer).as("test classes that start a web server").hasSizeGreaterThan(10);
        assertThat(startingAServer)
                .filteredOn(type -> !type.isAnnotationPresent(ServerLane.class))
                .as("classes starting a web server without @ServerLane")
                .isEmpty();
    }

    /** The top-level classes compiled from the test sources, loaded but not initialised. */
    private static Stream<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SuiteLanesTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .toList();
            return names.stream().map(SuiteLanesTest::load);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteLanesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static boolean startsAWebServer(Class<?> type) {
        SpringBootTest test = AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class);
        return test != null
                && (test.webEnvironment() == WebEnvironment.RANDOM_PORT
                        || test.webEnvironment() == WebEnvironment.DEFINED_PORT);
    }
}
