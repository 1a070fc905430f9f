/**
 * Discussion threads on the items and themes of an assessment, between the city team and the hub's advisors.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"assessment", "organisation", "organisation::directory"})
package io.nlc.discussion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
