/**
 * What every screen shares: the main layout and navigation, sign-in and security configuration, languages and
 * right-to-left, error pages, and the About page with the framework's provenance.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.nlc.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
