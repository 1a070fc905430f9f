/**
 * The few types every feature module shares and none owns: the shape of a refused input (a field and the
 * translation key of the message shown next to it), the app's settings, and the light components screens share (a
 * table that turns into cards on a phone, and the browser's own radio buttons, check box and select drawn as markup in
 * one element, which keep a fraction of a Vaadin field's session memory).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.nlc.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
