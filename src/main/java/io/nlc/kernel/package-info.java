/**
 * The few types every feature module shares and none owns: for now the shape of a refused input (a field and the
 * translation key of the message shown next to it).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.nlc.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
