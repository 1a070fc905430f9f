package io.nlc.kernel;

import com.vaadin.flow.component.AbstractField;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A field drawn as markup in one element: the browser's own control, which keeps a few hundred bytes in the session
 * where a Vaadin field keeps kilobytes. The browser reports a change with the control's {@code change} event; the
 * server draws the markup again only when it changes what the field shows, never after the person's own change (the
 * browser already shows it, and drawing again would take the focus off the control).
 */
abstract class MarkupField<C extends MarkupField<C, T>, T> extends AbstractField<C, T> {

    /** What the browser shows: after the person's change it already shows the new value. */
    private @Nullable T shown;

    private String label = "";

    /** {@code sent} is what the change event carries, as Flow's event data expression. */
    MarkupField(@Nullable T defaultValue, String sent) {
        super(defaultValue);
        shown = defaultValue;
        getElement()
                .addEventListener(
                        "change", event -> fromBrowser(event.getEventData().path(sent)))
                .addEventData(sent);
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

    /** What the browser sent; a subclass passes on a value of its own only, so that a forged request changes nothing. */
    abstract void fromBrowser(JsonNode sent);

    /** A value the person chose in the browser, unless the field is read-only or disabled. */
    final void chosenInBrowser(@Nullable T value) {
        if (!isReadOnly() && isEnabled()) {
            shown = value;
            setModelValue(value, true);
        }
    }

    final @Nullable T shown() {
        return shown;
    }

    /** Draws the markup from the field's settings and {@link #shown()}. */
    abstract void render();

    @Override
    protected void setPresentationValue(@Nullable T value) {
        if (!Objects.equals(value, shown)) {
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
}
