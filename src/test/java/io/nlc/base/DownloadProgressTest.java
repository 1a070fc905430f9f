package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** While a download's file is made the link is disabled and a bar says what is made; a failure says so. */
@SpringBootTest
class DownloadProgressTest extends BrowserlessWorldTest {

    @Test
    void theLinkWaitsWhileTheFileIsMadeAndAFailureIsSaid() {
        Fixtures.signIn(world.memberA1);
        Anchor link = new Anchor();
        DownloadProgress progress = new DownloadProgress("Making the file…");
        link.setHref(progress.around(link, event -> {
            throw new IllegalStateException("not called here");
        }));
        assertThat(progress.isVisible()).isFalse();

        progress.started(link);
        assertThat(link.isEnabled()).isFalse();
        assertThat(progress.isVisible()).isTrue();
        assertThat($(ProgressBar.class, progress).single().isIndeterminate()).isTrue();
        assertThat($(Span.class, progress).single().getText()).isEqualTo("Making the file…");

        progress.finished(link);
        assertThat(link.isEnabled()).isTrue();
        assertThat(progress.isVisible()).isFalse();

        progress.started(link);
        progress.failed(link);
        assertThat(link.isEnabled()).isTrue();
        assertThat(progress.getChildren()
                        .filter(ProgressBar.class::isInstance)
                        .findFirst()
                        .orElseThrow()
                        .isVisible())
                .isFalse();
        assertThat($(Span.class, progress).single().getText()).isEqualTo(progress.getTranslation("download.failed"));
    }
}
