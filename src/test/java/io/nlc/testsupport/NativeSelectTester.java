package io.nlc.testsupport;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;
import io.nlc.kernel.NativeSelect;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Chooses in a {@link NativeSelect} as a browser does: the change event of the select, with the option's value. */
public class NativeSelectTester<T> extends ComponentTester<NativeSelect<T>> {

    public NativeSelectTester(NativeSelect<T> select) {
        super(select);
    }

    /** Chooses the option that reads {@code label}. */
    public void selectItem(String label) {
        select(getComponent().getItems().stream()
                .filter(option -> getComponent().labelOf(option).equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No option reads " + label)));
    }

    /** Chooses an option, or the empty choice for {@code null}. */
    public void select(@Nullable T option) {
        ensureComponentIsUsable();
        if (getComponent().isReadOnly()) {
            throw new IllegalStateException("The select is read-only: it is disabled");
        }
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.value", getComponent().keyOf(option));
        fireDomEvent("change", data);
    }
}
