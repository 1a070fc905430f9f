package io.nlc.kernel;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A single choice drawn as native radio buttons in a fieldset whose markup is one property of one element. A Vaadin
 * radio button group keeps a component of about 5 KB per option in the session, and the questionnaire shows seven
 * options and three confidence choices on every card; this keeps a few hundred bytes of markup per option instead.
 * Native radio buttons in a fieldset with a legend are what assistive technologies know best, and the browser gives
 * them arrow-key navigation.
 */
@Tag("div")
public class ChoiceGroup<T> extends MarkupChoice<ChoiceGroup<T>, T> {

    /** Names each group's radio buttons and its helper text apart from every other group's on the page. */
    private static final AtomicLong NAMES = new AtomicLong();

    private String name = "choice-" + NAMES.incrementAndGet();
    private final Element fieldset = new Element("fieldset");
    private Function<T, String> optionHtml = option -> Markup.escape(String.valueOf(option));
    private @Nullable String helperText;

    public ChoiceGroup() {
        addClassName("choice-group");
        getElement().appendChild(fieldset);
    }

    @Override
    void fromBrowser(JsonNode sent) {
        T chosen = option(sent.asString(""));
        if (chosen != null) {
            chosenInBrowser(chosen);
        }
    }

    /**
     * Names the group's radio buttons after something unique on its page (an item's id, say) instead of a number: the
     * same choice then draws the same markup in every session, and the heap keeps it once ({@link Markup#drawShared}).
     */
    public void setName(String name) {
        this.name = name;
        if (helperText != null) {
            fieldset.setAttribute("aria-describedby", name + "-helper");
        }
        render();
    }

    @Nullable
    public String getHelperText() {
        return helperText;
    }

    public void setHelperText(String helperText) {
        this.helperText = helperText;
        fieldset.setAttribute("aria-describedby", name + "-helper");
        render();
    }

    @SafeVarargs
    public final void setItems(T... options) {
        setOptions(List.of(options));
    }

    /** How an option reads: HTML whose texts the caller has escaped. */
    public void setOptionHtml(Function<T, String> optionHtml) {
        this.optionHtml = optionHtml;
        render();
    }

    /** An option that reads as plain text. */
    public void setOptionLabel(Function<T, String> text) {
        setOptionHtml(option -> Markup.escape(text.apply(option)));
    }

    @Override
    void render() {
        List<T> options = options();
        StringBuilder html = new StringBuilder(256 * (options.size() + 1));
        html.append("<legend class=\"choice-label\">")
                .append(Markup.escape(getLabel()))
                .append("</legend>");
        if (helperText != null) {
            html.append("<span class=\"choice-helper\" id=\"")
                    .append(name)
                    .append("-helper\">")
                    .append(Markup.escape(helperText))
                    .append("</span>");
        }
        html.append("<span class=\"choice-options\">");
        for (int i = 0; i < options.size(); i++) {
            T option = options.get(i);
            html.append("<label class=\"choice-option\"><input type=\"radio\" name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(i)
                    .append('"');
            if (option.equals(shown())) {
                html.append(" checked");
            }
            if (isReadOnly()) {
                html.append(" disabled");
            }
            html.append("><span class=\"choice-text\">")
                    .append(optionHtml.apply(option))
                    .append("</span></label>");
        }
        html.append("</span>");
        Markup.drawShared(fieldset, html.toString());
    }
}
