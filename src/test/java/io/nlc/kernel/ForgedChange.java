package io.nlc.kernel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/** A change event sent straight to the server, past any tester's checks: what a forged request does. */
final class ForgedChange {

    private ForgedChange() {}

    static void value(Component field, String key) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.value", key);
        send(field, data);
    }

    static void checked(Component field, boolean checked) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.checked", checked);
        send(field, data);
    }

    private static void send(Component field, ObjectNode data) {
        field.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), "change", data));
    }
}
