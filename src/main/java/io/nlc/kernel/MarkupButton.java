package io.nlc.kernel;

import com.vaadin.flow.component.html.NativeButton;

/**
 * The browser's own button whose words are one property of markup rather than a text node: one state node in the
 * session, where a button with its text keeps two and a Vaadin button several kilobytes. For buttons that stand on
 * every card or in every list of a screen.
 */
public class MarkupButton extends NativeButton {

    private String text = "";

    public MarkupButton(String text) {
        setText(text);
    }

    @Override
    public void setText(String text) {
        this.text = text == null ? "" : text;
        Markup.drawShared(getElement(), Markup.escape(this.text));
    }

    @Override
    public String getText() {
        return text;
    }
}
