package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A page that fails while opening shows a plain apology, never the exception's class or message. */
@SpringBootTest
class ServerErrorViewTest extends BrowserlessWorldTest {

    @Test
    void aFailingPageShowsNoExceptionText() {
        Fixtures.signIn(world.memberA1);
        navigate("test-only/failing", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo(UI.getCurrent().getTranslation("error.server.title"));
        String text = UI.getCurrent().getElement().getTextRecursively();
        assertThat(text).doesNotContain(FailingTestView.DETAIL).doesNotContainIgnoringCase("exception");
    }
}
