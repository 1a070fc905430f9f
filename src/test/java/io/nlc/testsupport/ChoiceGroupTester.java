package io.nlc.workspace;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;

/** Chooses an option of a {@link ChoiceGroup} as a browser does: the change event of the radio button clicked. */
class ChoiceGroupTester<T> extends ComponentTester<ChoiceGroup<T>> {

    ChoiceGroupTester(ChoiceGroup<T> group) {
        super(group);
    }

    void select(T option) {
        ensureComponentIsUsable();
        if (getComponent().isReadOnly()) {
            throw new IllegalStateException("The choice is read-only: its radio buttons are disabled");
        }
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.value", getComponent().keyOf(option));
        fireDomEvent("change", data);
    }
}
