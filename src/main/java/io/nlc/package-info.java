/**
 * Root of the application; each direct sub-package is a feature module verified by {@code ModularityTests}.
 */
@NullMarked
package io.nlc;

import org.jspecify.annotations.NullMarked;
