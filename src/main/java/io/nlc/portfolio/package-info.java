/**
 * The hub portfolio: every city of a hub with its chosen round, scored theme by theme, with a trend and how far its action plan has come, paged.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"assessment", "assessment::scores", "content", "organisation", "plan", "scoring"})
package io.nlc.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
