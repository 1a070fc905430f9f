package io.nlc.kernel;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A drop-down drawn as the browser's own select inside its label, as markup in one property of one element. A
 * Vaadin select keeps a component per option in the session (about 19 KB for a team of seven), and a coordinator
 * has one on every item card. The browser's select also opens as the phone's own picker.
 *
 * <p>As with {@link ChoiceGroup}, the markup is drawn again only when the server changes what it shows, never after
 * the user's own choice, so the focus stays on the select.
 */
@Tag("div")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, @Nullable T> implements HasValidation {

    private final Element field = new Element("label");
    private final FieldError error = new FieldError(getElement());
    private List<T> options = List.of();
    private Function<T, String> optionLabel = String::valueOf;
    private String label = "";
    /** The empty choice's words; without them there is no empty choice. */
    private @Nullable String emptyCaption;
    /** The value the browser shows: after the user's choice it is already selected there. */
    private @Nullable T shown;

    public NativeSelect() {
        super(null);
        addClassName("native-select");
        field.setAttribute("class", "native-select-field");
        getElement().appendChild(field);
        // The browser reports the option's position, or "" for the empty one; anything else is ignored.
        getElement()
                .addEventListener("change", event -> {
                    String key = event.getEventData().path("event.target.value").asString("");
                    T chosen = option(key);
                    boolean empty = key.isEmpty() && emptyCaption != null;
                    if ((chosen != null || empty) && !isReadOnly() && isEnabled()) {
                        shown = chosen;
                        setModelValue(chosen, true);
                    }
                })
                .addEventData("event.target.value");
        render();
    }

    public void setLabel(String label) {
        if (!label.equals(this.label)) {
            this.label = label;
            render();
        }
    }

    public String getLabel() {
        return label;
    }

    /** What the empty choice reads, which means "nobody" or "none". */
    public void setEmptyCaption(String emptyCaption) {
        this.emptyCaption = emptyCaption;
        render();
    }

    public void setItems(List<T> options) {
        this.options = List.copyOf(options);
        render();
    }

    public List<T> getItems() {
        return options;
    }

    /** How an option reads, as plain text. */
    public void setItemLabelGenerator(Function<T, String> optionLabel) {
        this.optionLabel = optionLabel;
        render();
    }

    public String labelOf(T option) {
        return optionLabel.apply(option);
    }

    /** What the browser sends for an option: its position; "" is the empty choice. */
    public String keyOf(@Nullable T option) {
        if (option == null) {
            return "";
        }
        int index = options.indexOf(option);
        if (index < 0) {
            throw new IllegalArgumentException(option + " is not an option");
        }
        return String.valueOf(index);
    }

    private @Nullable T option(String key) {
        try {
            int index = Integer.parseInt(key);
            return index >= 0 && index < options.size() ? options.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(@Nullable T value) {
        if (value == null ? shown != null : !value.equals(shown)) {
            shown = value;
            render();
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        if (readOnly != isReadOnly()) {
            super.setReadOnly(readOnly);
            render();
        }
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        error.setMessage(errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.message();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.invalid();
    }

    private void render() {
        StringBuilder html = new StringBuilder(64 * (options.size() + 2));
        html.append("<span class=\"native-select-label\">")
                .append(ChoiceGroup.escape(label))
                .append("</span><select");
        if (isReadOnly()) {
            html.append(" disabled");
        }
        html.append('>');
        if (emptyCaption != null) {
            html.append("<option value=\"\"")
                    .append(shown == null ? " selected" : "")
                    .append('>')
                    .append(ChoiceGroup.escape(emptyCaption))
                    .append("</option>");
        }
        for (int i = 0; i < options.size(); i++) {
            T option = options.get(i);
            html.append("<option value=\"")
                    .append(i)
                    .append('"')
                    .append(option.equals(shown) ? " selected" : "")
                    .append('>')
                    .append(ChoiceGroup.escape(optionLabel.apply(option)))
                    .append("</option>");
        }
        html.append("</select>");
        field.setProperty("innerHTML", html.toString());
    }
}
