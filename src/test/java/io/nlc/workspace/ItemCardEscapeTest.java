package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Level labels are built as HTML: content text must never become markup. */
class ItemCardEscapeTest {

    @Test
    void markupInContentTextIsShownAsText() {
        assertThat(ItemCard.escape("<img src=x onerror=\"alert(1)\"> & co"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co");
    }
}
