package io.nlc.kernel;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A drop-down drawn as the browser's own select inside its label, as markup in one property of one element. A
 * Vaadin select keeps a component per option in the session (about 19 KB for a team of seven), and a coordinator
 * has one on every item card. The browser's select also opens as the phone's own picker.
 */
@Tag("div")
public class NativeSelect<T> extends MarkupChoice<NativeSelect<T>, T> {

    private final Element field = new Element("label");
    private Function<T, String> optionLabel = String::valueOf;
    /** The empty choice's words; without them there is no empty choice. */
    private @Nullable String emptyCaption;

    public NativeSelect() {
        addClassName("native-select");
        field.setAttribute("class", "native-select-field");
        getElement().appendChild(field);
        render();
    }

    /** An option's position, or "" for the empty choice when there is one. */
    @Override
    void fromBrowser(JsonNode sent) {
        String key = sent.asString("");
        T chosen = option(key);
        if (chosen != null || (key.isEmpty() && emptyCaption != null)) {
            chosenInBrowser(chosen);
        }
    }

    /** What the empty choice reads, which means "nobody" or "none". */
    public void setEmptyCaption(String emptyCaption) {
        this.emptyCaption = emptyCaption;
        render();
    }

    public void setItems(List<T> options) {
        setOptions(options);
    }

    public List<T> getItems() {
        return options();
    }

    /** How an option reads, as plain text. */
    public void setItemLabelGenerator(Function<T, String> optionLabel) {
        this.optionLabel = optionLabel;
        render();
    }

    public String labelOf(T option) {
        return optionLabel.apply(option);
    }

    /** What the browser sends for an option, or "" for the empty choice. */
    @Override
    public String keyOf(@Nullable T option) {
        return option == null ? "" : super.keyOf(option);
    }

    @Override
    void render() {
        List<T> options = options();
        StringBuilder html = new StringBuilder(64 * (options.size() + 2));
        html.append("<span class=\"native-select-label\">")
                .append(Markup.escape(getLabel()))
                .append("</span><select");
        if (isReadOnly()) {
            html.append(" disabled");
        }
        html.append('>');
        if (emptyCaption != null) {
            html.append("<option value=\"\"")
                    .append(shown() == null ? " selected" : "")
                    .append('>')
                    .append(Markup.escape(emptyCaption))
                    .append("</option>");
        }
        for (int i = 0; i < options.size(); i++) {
            T option = options.get(i);
            html.append("<option value=\"")
                    .append(i)
                    .append('"')
                    .append(option.equals(shown()) ? " selected" : "")
                    .append('>')
                    .append(Markup.escape(optionLabel.apply(option)))
                    .append("</option>");
        }
        html.append("</select>");
        Markup.drawShared(field, html.toString());
    }
}
