/**
 * What every screen shares: the main layout (its menu built from the screens' {@code @Menu} and access
 * annotations), languages and right-to-left, formats, error pages, and the About page with the framework's
 * provenance.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "kernel", "organisation"})
package io.nlc.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
