package io.nlc.base;

import com.vaadin.flow.component.Component;

/**
 * Lets another module add a control to the top bar for signed-in users (the notification bell) without the
 * layout depending on that module.
 */
public interface NavbarItem {

    /** A new component for one page; called once per layout instance. */
    Component create();
}
