package io.nlc.kernel;

import com.vaadin.flow.component.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A check box drawn as a native input inside its label, as markup in one property of one element: a Vaadin check
 * box keeps about 5 KB in the session, and every item card on screen has two. A badge may follow the label; the
 * stylesheet shows it only while the box is checked, so the browser shows it at once after a click.
 */
@Tag("div")
public class NativeCheckbox extends MarkupField<NativeCheckbox, Boolean> {

    private @Nullable String badge;

    public NativeCheckbox() {
        super(false, "event.target.checked");
        addClassName("native-checkbox");
        render();
    }

    @Override
    void fromBrowser(JsonNode sent) {
        chosenInBrowser(sent.asBoolean(false));
    }

    /** A short text shown after the label while the box is checked, read-only or not. */
    public void setCheckedBadge(@Nullable String badge) {
        this.badge = badge;
        render();
    }

    @Override
    void render() {
        String label = getLabel();
        StringBuilder html = new StringBuilder(160 + label.length() + (badge == null ? 0 : badge.length()));
        html.append("<label class=\"native-checkbox-option\"><input type=\"checkbox\"");
        if (Boolean.TRUE.equals(shown())) {
            html.append(" checked");
        }
        if (isReadOnly()) {
            html.append(" disabled");
        }
        html.append("><span class=\"native-checkbox-text\">")
                .append(Markup.escape(label))
                .append("</span></label>");
        if (badge != null) {
            html.append("<span class=\"badge checked-badge\">")
                    .append(Markup.escape(badge))
                    .append("</span>");
        }
        Markup.drawShared(getElement(), html.toString());
    }
}
