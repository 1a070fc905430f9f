package io.nlc.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

/**
 * A short confirmation at the bottom of the screen, one of each kind at a time. A person repeating a step quickly (a
 * rater saving question after question on a phone, a facilitator recording level after level) otherwise saw the
 * confirmations pile up, three high over a phone's save button.
 */
public final class Confirmations {

    private static final int SHOWN_MILLIS = 4000;

    private Confirmations() {}

    /** Shows {@code text}, closing the confirmation of the same {@code kind} still open on this screen. */
    public static void show(String kind, String text) {
        UI.getCurrent()
                .getChildren()
                .filter(child -> child instanceof Notification shown && shown.hasClassName(kind))
                .map(Notification.class::cast)
                .toList()
                .forEach(Notification::close);
        Notification.show(text, SHOWN_MILLIS, Notification.Position.BOTTOM_STRETCH)
                .addClassName(kind);
    }
}
