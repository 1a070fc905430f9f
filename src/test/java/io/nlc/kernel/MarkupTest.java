package io.nlc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void markupInContentTextIsShownAsText() {
        assertThat(Markup.escape("<img src=x onerror=\"alert(1)\"> & co"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co");
        Markup line = new Markup("span", "status").setText("<b>Saved</b> — محفوظ");
        assertThat(line.getHtml()).isEqualTo("&lt;b&gt;Saved&lt;/b&gt; — محفوظ");
        assertThat(line.getText()).isEqualTo("<b>Saved</b> — محفوظ");
    }

    @Test
    void textIsOnePropertyOfOneElementWithoutATextNode() {
        Markup line = new Markup("span", "status").setText("Saved");
        assertThat(line.getElement().getChildCount()).isZero();
        assertThat(line.getClassNames()).containsExactly("status");
    }

    @Test
    void aButtonsWordsAreOnePropertyAndEscaped() {
        MarkupButton button = new MarkupButton("Théorie & <pratique>");
        assertThat(button.getElement().getChildCount()).isZero();
        assertThat(button.getElement().getProperty("innerHTML")).isEqualTo("Théorie &amp; &lt;pratique&gt;");
        assertThat(button.getText()).isEqualTo("Théorie & <pratique>");
        button.setText("الحوكمة ✓");
        assertThat(button.getText()).isEqualTo("الحوكمة ✓");
    }

    @Test
    void theSameMarkupInManySessionsIsOneStringInTheHeap() {
        // Built apart, as two sessions build them.
        String guidance = "Ask the council's secretariat for the minutes.";
        Markup one = new Markup("div", "item-help").setSharedHtml(new String(guidance));
        Markup other = new Markup("div", "item-help").setSharedHtml(new String(guidance));
        assertThat(one.getHtml()).isSameAs(other.getHtml());

        ChoiceGroup<String> first = new ChoiceGroup<>();
        ChoiceGroup<String> second = new ChoiceGroup<>();
        for (ChoiceGroup<String> group : java.util.List.of(first, second)) {
            group.setName("level-T1.1");
            group.setLabel("Choose a level");
            group.setItems("0", "1", "2");
        }
        assertThat(markupOf(first)).isEqualTo(markupOf(second)).isSameAs(markupOf(second));
    }

    @Test
    void markupThatNamesAPersonOrAMomentIsNotShared() {
        String saved = "Saved by Amina at " + System.nanoTime();
        Markup one = new Markup("span", "save-details").setHtml(new String(saved));
        Markup other = new Markup("span", "save-details").setHtml(new String(saved));
        assertThat(one.getHtml()).isEqualTo(other.getHtml()).isNotSameAs(other.getHtml());
    }

    private static Object markupOf(ChoiceGroup<String> group) {
        return group.getElement().getChild(0).getPropertyRaw("innerHTML");
    }
}
