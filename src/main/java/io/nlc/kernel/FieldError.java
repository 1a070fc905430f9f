package io.nlc.kernel;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * The error line of a field drawn as markup ({@link ChoiceGroup}, {@link NativeSelect}): an element of its own
 * beside the markup, built the first time it is needed, so that showing an error leaves the markup (and the focus
 * in it) alone. The host carries the {@code invalid} attribute, as Vaadin's fields do.
 */
final class FieldError {

    private final Element host;
    private @Nullable String message;
    private @Nullable Element line;

    FieldError(Element host) {
        this.host = host;
    }

    @Nullable
    String message() {
        return message;
    }

    void setMessage(@Nullable String message) {
        this.message = message;
        show();
    }

    boolean invalid() {
        return host.hasAttribute("invalid");
    }

    void setInvalid(boolean invalid) {
        if (invalid != invalid()) {
            host.setAttribute("invalid", invalid);
            show();
        }
    }

    private void show() {
        boolean visible = invalid() && message != null && !message.isBlank();
        if (visible && line == null) {
            line = new Element("div");
            line.setAttribute("class", "choice-error");
            line.setAttribute("role", "alert");
            host.appendChild(line);
        }
        if (line != null) {
            line.setText(visible ? message : "");
            line.setVisible(visible);
        }
    }
}
