package io.nlc.testsupport;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;
import io.nlc.kernel.ChoiceGroup;
import tools.jackson.databind.node.ObjectNode;

/** Chooses an option of a {@link ChoiceGroup} as a browser does: the change event of the radio button clicked. */
public class ChoiceGroupTester<T> extends ComponentTester<ChoiceGroup<T>> {

    public ChoiceGroupTester(ChoiceGroup<T> group) {
        super(group);
    }

    public void select(T option) {
        ensureComponentIsUsable();
        if (getComponent().isReadOnly()) {
            throw new IllegalStateException("The choice is read-only: its radio buttons are disabled");
        }
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.value", getComponent().keyOf(option));
        fireDomEvent("change", data);
    }
}
