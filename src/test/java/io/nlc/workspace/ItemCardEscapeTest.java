package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.kernel.ChoiceGroup;
import org.junit.jupiter.api.Test;

/** Level labels are built as HTML with the choice's escape: content text must never become markup. */
class ItemCardEscapeTest {

    @Test
    void markupInContentTextIsShownAsText() {
        assertThat(ChoiceGroup.escape("<img src=x onerror=\"alert(1)\"> & co"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co");
    }
}
