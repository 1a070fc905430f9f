package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.nlc.testsupport.NativeCheckboxTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NativeCheckboxTest extends SpringBrowserlessTest {

    private final NativeCheckbox box = new NativeCheckbox();
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void attach() {
        box.setLabel("Internal <only>");
        box.setCheckedBadge("Internal & private");
        box.addValueChangeListener(event -> changes.add(event.getValue() + (event.isFromClient() ? "@client" : "")));
        UI.getCurrent().add(box);
    }

    private String markup() {
        return box.getElement().getProperty("innerHTML");
    }

    @Test
    void drawsANativeInputInsideItsLabelWithEscapedTexts() {
        assertThat(box.getElement().getChildCount())
                .as("one element, no child nodes")
                .isZero();
        assertThat(markup())
                .isEqualTo("<label class=\"native-checkbox-option\"><input type=\"checkbox\">"
                        + "<span class=\"native-checkbox-text\">Internal &lt;only&gt;</span></label>"
                        + "<span class=\"badge checked-badge\">Internal &amp; private</span>");
    }

    @Test
    void aClickChangesTheValueFromTheClientWithoutDrawingTheBoxAgain() {
        String before = markup();
        new NativeCheckboxTester(box).click();
        assertThat(box.getValue()).isTrue();
        assertThat(changes).containsExactly("true@client");
        // The browser already shows it checked: drawing again would take the focus off the box.
        assertThat(markup()).isSameAs(before);
        box.setValue(true);
        assertThat(markup()).isSameAs(before);

        new NativeCheckboxTester(box).click();
        assertThat(box.getValue()).isFalse();
        assertThat(changes).containsExactly("true@client", "false@client");
        assertThat(markup()).isSameAs(before);
    }

    @Test
    void aChangeFromTheServerIsDrawnChecked() {
        box.setValue(true);
        assertThat(markup()).contains("<input type=\"checkbox\" checked>");
        assertThat(changes).containsExactly("true");
        box.setValue(false);
        assertThat(markup()).contains("<input type=\"checkbox\">");
    }

    @Test
    void aReadOnlyBoxIsDisabledAndIgnoresAForgedChange() {
        box.setValue(true);
        box.setReadOnly(true);
        assertThat(markup()).contains("<input type=\"checkbox\" checked disabled>");
        assertThatThrownBy(() -> new NativeCheckboxTester(box).click()).isInstanceOf(IllegalStateException.class);

        ForgedChange.checked(box, false);
        assertThat(box.getValue()).isTrue();
        assertThat(changes).containsExactly("true");
    }
}
