package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.nlc.testsupport.NativeSelectTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NativeSelectTest extends SpringBrowserlessTest {

    private final NativeSelect<String> select = new NativeSelect<>();
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void attach() {
        select.setLabel("Who <answers>");
        select.setEmptyCaption("Nobody");
        select.setItems(List.of("amina", "omar & co"));
        select.setItemLabelGenerator(name -> "Name of " + name);
        select.addValueChangeListener(event -> changes.add(event.getValue() + (event.isFromClient() ? "@client" : "")));
        UI.getCurrent().add(select);
    }

    private String markup() {
        return select.getElement().getChild(0).getProperty("innerHTML");
    }

    @Test
    void drawsTheBrowsersSelectInsideItsLabelWithEscapedTexts() {
        assertThat(select.getElement().getChild(0).getTag()).isEqualTo("label");
        assertThat(markup())
                .isEqualTo("<span class=\"native-select-label\">Who &lt;answers&gt;</span><select>"
                        + "<option value=\"\" selected>Nobody</option>"
                        + "<option value=\"0\">Name of amina</option>"
                        + "<option value=\"1\">Name of omar &amp; co</option></select>");
    }

    @Test
    void aChoiceChangesTheValueFromTheClientWithoutDrawingTheSelectAgain() {
        String before = markup();
        new NativeSelectTester<>(select).selectItem("Name of omar & co");
        assertThat(select.getValue()).isEqualTo("omar & co");
        // The browser already shows it selected: drawing again would take the focus off the select.
        assertThat(markup()).isSameAs(before);
        select.setValue("omar & co");
        assertThat(markup()).isSameAs(before);

        new NativeSelectTester<>(select).select(null);
        assertThat(select.getValue()).isNull();
        assertThat(changes).containsExactly("omar & co@client", "null@client");
        assertThat(markup()).isSameAs(before);
    }

    @Test
    void aChangeFromTheServerIsDrawnSelected() {
        select.setValue("amina");
        assertThat(markup())
                .contains("<option value=\"\">Nobody</option>")
                .contains("<option value=\"0\" selected>Name of amina</option>");
    }

    @Test
    void aReadOnlySelectIsDisabledAndForgedValuesAreIgnored() {
        forged("7");
        forged("amina");
        forged("-1");
        assertThat(select.getValue()).isNull();
        assertThat(changes).isEmpty();

        select.setValue("amina");
        select.setReadOnly(true);
        assertThat(markup()).contains("<select disabled>");
        assertThatThrownBy(() -> new NativeSelectTester<>(select).select(null))
                .isInstanceOf(IllegalStateException.class);
        forged("");
        assertThat(select.getValue()).isEqualTo("amina");
    }

    @Test
    void anErrorShowsBesideTheSelectWithoutDrawingItAgain() {
        String before = markup();
        select.setErrorMessage("Not saved");
        select.setInvalid(true);
        assertThat(select.getElement().getAttribute("invalid")).isEqualTo("");
        assertThat(select.getElement().getChild(1).getAttribute("role")).isEqualTo("alert");
        assertThat(select.getElement().getChild(1).getText()).isEqualTo("Not saved");
        assertThat(markup()).isSameAs(before);
        select.setInvalid(false);
        assertThat(select.getElement().getChild(1).isVisible()).isFalse();
    }

    private void forged(String key) {
        ForgedChange.value(select, key);
    }
}
