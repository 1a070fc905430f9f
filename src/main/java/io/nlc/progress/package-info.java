/**
 * A city's rounds over time: what changed between any two of its rounds (theme by theme and item by item, across
 * framework versions through the items both share) and each theme's score across its rounds, with the hub's median
 * for the hub's advisors. Only the city team's own answers are compared, so the blind rule holds for everyone.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"assessment", "assessment::scores", "content", "organisation", "scoring"})
package io.nlc.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
