package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.nlc.testsupport.ChoiceGroupTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ChoiceGroupTest extends SpringBrowserlessTest {

    private final ChoiceGroup<String> group = new ChoiceGroup<>();
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void attach() {
        group.setLabel("Pick <one>");
        group.setHelperText("The highest that is true");
        group.setItems("low", "high & mighty");
        group.addValueChangeListener(event -> changes.add(event.getValue() + (event.isFromClient() ? "@client" : "")));
        UI.getCurrent().add(group);
    }

    private String markup() {
        return group.getElement().getChild(0).getProperty("innerHTML");
    }

    @Test
    void drawsAFieldsetOfNativeRadioButtonsWithEscapedTexts() {
        assertThat(group.getElement().getChild(0).getTag()).isEqualTo("fieldset");
        assertThat(group.getElement().getChild(0).getAttribute("aria-describedby"))
                .endsWith("-helper");
        assertThat(markup())
                .startsWith("<legend class=\"choice-label\">Pick &lt;one&gt;</legend>")
                .contains("-helper\">The highest that is true</span>")
                .contains("value=\"0\"><span class=\"choice-text\">low</span>")
                .contains("value=\"1\"><span class=\"choice-text\">high &amp; mighty</span>")
                .doesNotContain("checked", "disabled");
    }

    @Test
    void aClickChangesTheValueFromTheClientWithoutDrawingTheOptionsAgain() {
        String before = markup();
        new ChoiceGroupTester<>(group).select("high & mighty");
        assertThat(group.getValue()).isEqualTo("high & mighty");
        assertThat(changes).containsExactly("high & mighty@client");
        // The browser already shows it checked: drawing again would take the focus off the option.
        assertThat(markup()).isSameAs(before);
        // Set again by the server (as after its save), still nothing to draw.
        group.setValue("high & mighty");
        assertThat(markup()).isSameAs(before);
    }

    @Test
    void aValueSetOnTheServerIsDrawnChecked() {
        group.setValue("low");
        assertThat(markup()).contains("value=\"0\" checked>").doesNotContain("value=\"1\" checked");
        group.clear();
        assertThat(markup()).doesNotContain("checked");
    }

    @Test
    void readOnlyDisablesEveryOptionAndRefusesClicks() {
        group.setReadOnly(true);
        assertThat(markup()).contains("value=\"0\" disabled>", "value=\"1\" disabled>");
        assertThatThrownBy(() -> new ChoiceGroupTester<>(group).select("low"))
                .isInstanceOf(IllegalStateException.class);
        // A forged event changes nothing either.
        forged("0");
        assertThat(group.getValue()).isNull();
        assertThat(changes).isEmpty();
    }

    @Test
    void anUnknownOrMalformedOptionIsIgnored() {
        forged("2");
        forged("-1");
        forged("low");
        forged("");
        assertThat(group.getValue()).isNull();
        assertThat(changes).isEmpty();
    }

    @Test
    void theErrorShowsBesideTheOptionsAsAnAlert() {
        String before = markup();
        group.setErrorMessage("Choose a level");
        group.setInvalid(true);
        assertThat(group.getElement().getChildCount()).isEqualTo(2);
        assertThat(group.getElement().getChild(1).getAttribute("role")).isEqualTo("alert");
        assertThat(group.getElement().getChild(1).getText()).isEqualTo("Choose a level");
        group.setInvalid(false);
        assertThat(group.getElement().getChild(1).isVisible()).isFalse();
        assertThat(markup()).isSameAs(before);
    }

    @Test
    void twoGroupsNameTheirRadioButtonsApart() {
        ChoiceGroup<String> other = new ChoiceGroup<>();
        other.setItems("a");
        UI.getCurrent().add(other);
        String name = markup().replaceAll("(?s).*name=\"([^\"]+)\".*", "$1");
        assertThat(other.getElement().getChild(0).getProperty("innerHTML")).doesNotContain("name=\"" + name + "\"");
    }

    private void forged(String key) {
        ForgedChange.value(group, key);
    }
}
