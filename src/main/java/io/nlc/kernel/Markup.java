package io.nlc.kernel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Element;
import org.springframework.web.util.HtmlUtils;

/**
 * An element whose whole content is one property of markup: a heading, a line of text or a block of static HTML that
 * never holds a component. Flow keeps a state node in the session for every element and every text node, so text
 * written this way costs one node where a span with its text costs two, and markup that reads the same in every
 * session (content texts, translations) is kept once for all of them.
 */
public class Markup extends Component implements HasStyle {

    private String text = "";

    public Markup(String tag, String className) {
        super(new Element(tag));
        addClassName(className);
    }

    /** Plain text, escaped here. */
    public Markup setText(String text) {
        this.text = text;
        draw(getElement(), escape(text));
        return this;
    }

    /** The plain text last set with {@link #setText}. */
    public String getText() {
        return text;
    }

    /** Markup whose texts the caller has escaped with {@link #escape}. */
    public Markup setHtml(String html) {
        this.text = "";
        draw(getElement(), html);
        return this;
    }

    /** Like {@link #setHtml}, for markup that reads the same in every session: see {@link #drawShared}. */
    public Markup setSharedHtml(String html) {
        this.text = "";
        drawShared(getElement(), html);
        return this;
    }

    public String getHtml() {
        return getElement().getProperty("innerHTML", "");
    }

    /** Only the characters that mean something in HTML: every other one stays itself, Arabic and French alike. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Sets an element's markup. */
    public static void draw(Element element, String html) {
        element.setProperty("innerHTML", html);
    }

    /**
     * Sets an element's markup that reads the same in every session (an item's question or level options, a label):
     * {@link String#intern} keeps each distinct one once in the heap, weakly, so it goes when no session shows it.
     * Not for what names a person or a moment, which would only crowd the table.
     */
    public static void drawShared(Element element, String html) {
        element.setProperty("innerHTML", html.intern());
    }
}
