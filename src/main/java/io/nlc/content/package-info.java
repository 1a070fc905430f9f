/**
 * The NLC framework as data: loads, validates and versions the content of {@code toolkit-content/},
 * and offers a read-only model of themes, items, level descriptors and suggested actions.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"kernel"})
package io.nlc.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
