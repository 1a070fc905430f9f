package io.nlc.kernel;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Tag;
import org.jspecify.annotations.Nullable;

/**
 * A check box drawn as a native input inside its label, as markup in one property of one element: a Vaadin check
 * box keeps about 5 KB in the session, and every item card on screen has two. A badge may follow the label; the
 * stylesheet shows it only while the box is checked, so the browser shows it at once after a click and the server
 * never draws the markup again for the user's own change (that would take the focus off the box).
 */
@Tag("div")
public class NativeCheckbox extends AbstractField<NativeCheckbox, Boolean> {

    private String label = "";
    private @Nullable String badge;
    /** What the browser shows: after the user's click it is already checked or cleared there. */
    private boolean shown;

    public NativeCheckbox() {
        super(false);
        addClassName("native-checkbox");
        getElement()
                .addEventListener("change", event -> {
                    if (!isReadOnly() && isEnabled()) {
                        shown = event.getEventData()
                                .path("event.target.checked")
                                .asBoolean(false);
                        setModelValue(shown, true);
                    }
                })
                .addEventData("event.target.checked");
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

    /** A short text shown after the label while the box is checked, read-only or not. */
    public void setCheckedBadge(@Nullable String badge) {
        this.badge = badge;
        render();
    }

    @Override
    protected void setPresentationValue(Boolean value) {
        if (value != shown) {
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

    private void render() {
        StringBuilder html = new StringBuilder(160 + label.length() + (badge == null ? 0 : badge.length()));
        html.append("<label class=\"native-checkbox-option\"><input type=\"checkbox\"");
        if (shown) {
            html.append(" checked");
        }
        if (isReadOnly()) {
            html.append(" disabled");
        }
        html.append("><span class=\"native-checkbox-text\">")
                .append(ChoiceGroup.escape(label))
                .append("</span></label>");
        if (badge != null) {
            html.append("<span class=\"badge checked-badge\">")
                    .append(ChoiceGroup.escape(badge))
                    .append("</span>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }
}
