package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import io.nlc.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The results' Export action asks for a format and whether internal material goes, off by default. */
@SpringBootTest
class ExportViewTest extends ViewTestSupport {

    @Test
    void exportDefaultsToAWorkbookOfShareableMaterialOnly() {
        Fixtures.signIn(world.advisorA);
        navigate(ResultsView.class, id());
        test($(Button.class).withClassName("export-button").single()).click();
        ExportDialog dialog = $(ExportDialog.class).single();
        assertThat(dialog.format()).isEqualTo(ExportDialog.Format.XLSX);
        assertThat(dialog.includesInternal()).isFalse();
        Anchor download =
                $(Anchor.class, dialog).withClassName("export-download").single();
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getAttribute("data-include-internal")).isEqualTo("false");

        test($(Checkbox.class, dialog).withClassName("include-internal").single())
                .click();
        assertThat(download.getElement().getAttribute("data-include-internal")).isEqualTo("true");
    }
}
