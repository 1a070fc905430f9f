package io.nlc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.List;
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
    void everyTestThatStartsAWebServerRunsInTheServerLane() {
        List<Class<?>> startingAServer = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("io.nlc").stream()
                        .map(JavaClass::reflect)
                        .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                        .filter(SuiteLanesTest::startsAWebServer)
                        .toList();

        assertThat(startingAServer).as("test classes that start a web server").isNotEmpty();
        assertThat(startingAServer)
                .filteredOn(type -> !type.isAnnotationPresent(ServerLane.class))
                .as("classes starting a web server without @ServerLane")
                .isEmpty();
    }

    private static boolean startsAWebServer(Class<?> type) {
        SpringBootTest test = AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class);
        return test != null
                && (test.webEnvironment() == WebEnvironment.RANDOM_PORT
                        || test.webEnvironment() == WebEnvironment.DEFINED_PORT);
    }
}
