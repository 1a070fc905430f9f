package io.nlc.kernel;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A single choice drawn as native radio buttons in a fieldset whose markup is one property of one element. A Vaadin
 * radio button group keeps a component of about 5 KB per option in the session, and the questionnaire shows seven
 * options and three confidence choices on every card; this keeps a few hundred bytes of markup per option instead.
 * Native radio buttons in a fieldset with a legend are what assistive technologies know best, and the browser gives
 * them arrow-key navigation.
 *
 * <p>The server draws the markup again only when something it shows changes on the server side (value, labels,
 * read-only), never after the user's own click: that would take the focus away from the option just chosen.
 */
@Tag("div")
public class ChoiceGroup<T> extends AbstractField<ChoiceGroup<T>, T> implements HasValidation {

    /** Names each group's radio buttons and its helper text apart from every other group's on the page. */
    private static final AtomicLong NAMES = new AtomicLong();

    private final String name = "choice-" + NAMES.incrementAndGet();
    private final Element fieldset = new Element("fieldset");
    private List<T> options = List.of();
    private Function<T, String> optionHtml = option -> escape(String.valueOf(option));
    private String label = "";
    private @Nullable String helperText;
    private final FieldError error = new FieldError(getElement());
    /** The value the browser shows: after the user's click it is already checked there. */
    private @Nullable T shown;

    public ChoiceGroup() {
        super(null);
        addClassName("choice-group");
        getElement().appendChild(fieldset);
        // The browser reports the option's position; anything else (a forged request) is ignored.
        getElement()
                .addEventListener("change", event -> {
                    T chosen = option(
                            event.getEventData().path("event.target.value").asString(""));
                    if (chosen != null && !isReadOnly() && isEnabled()) {
                        shown = chosen;
                        setModelValue(chosen, true);
                    }
                })
                .addEventData("event.target.value");
    }

    public void setLabel(String label) {
        this.label = label;
        render();
    }

    public String getLabel() {
        return label;
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
        this.options = List.of(options);
        render();
    }

    /** How an option reads: HTML whose texts the caller has escaped. */
    public void setOptionHtml(Function<T, String> optionHtml) {
        this.optionHtml = optionHtml;
        render();
    }

    /** An option that reads as plain text. */
    public void setOptionLabel(Function<T, String> text) {
        setOptionHtml(option -> escape(text.apply(option)));
    }

    /** What the browser sends for an option: its position. */
    public String keyOf(T option) {
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

    /** Only the characters that mean something in HTML: every other one stays itself, Arabic and French alike. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private void render() {
        StringBuilder html = new StringBuilder(256 * (options.size() + 1));
        html.append("<legend class=\"choice-label\">").append(escape(label)).append("</legend>");
        if (helperText != null) {
            html.append("<span class=\"choice-helper\" id=\"")
                    .append(name)
                    .append("-helper\">")
                    .append(escape(helperText))
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
            if (option.equals(shown)) {
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
        fieldset.setProperty("innerHTML", html.toString());
    }
}
