package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.nlc.testsupport.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On an H2 file database an administrator's home says when the last backup ran, and "Back up now" makes one. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HomeBackupViewTest extends ViewTestSupport {

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + temp.resolve("db/nlc") + ";LOCK_TIMEOUT=10000");
        registry.add("nlc.backup.folder", () -> temp.resolve("backups").toString());
    }

    @Test
    void anAdministratorSeesTheLastBackupAndBacksUpNow() {
        Fixtures.signIn(world.admin);
        navigate(HomeView.class);
        Paragraph line = $(Paragraph.class).withClassName("backup-last").single();
        String before = line.getText();

        test($(Button.class).withClassName("backup-now").single()).click();

        assertThat(line.getText())
                .isNotEqualTo(before)
                .startsWith("Last backup: ")
                .contains("succeeded (");
        assertThat(line.getText()).containsPattern("nlc-\\d{8}-\\d{6}\\.zip");
        // A new visit reads the recorded run.
        navigate(HomeView.class);
        assertThat($(Paragraph.class).withClassName("backup-last").single().getText())
                .isEqualTo(line.getText());
    }

    @Test
    void othersSeeNoBackupStatus() {
        Fixtures.signIn(world.advisorA);
        navigate(HomeView.class);
        assertThat($(Div.class).withClassName("backup-status").all()).isEmpty();
    }
}
