package io.nlc.testsupport;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;
import io.nlc.kernel.NativeCheckbox;
import tools.jackson.databind.node.ObjectNode;

/** Clicks a {@link NativeCheckbox} as a browser does: the change event of its input, now checked or cleared. */
public class NativeCheckboxTester extends ComponentTester<NativeCheckbox> {

    public NativeCheckboxTester(NativeCheckbox box) {
        super(box);
    }

    public void click() {
        ensureComponentIsUsable();
        if (getComponent().isReadOnly()) {
            throw new IllegalStateException("The box is read-only: its input is disabled");
        }
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.checked", !getComponent().getValue());
        fireDomEvent("change", data);
    }
}
