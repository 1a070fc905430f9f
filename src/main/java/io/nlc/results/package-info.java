/**
 * An assessment's results: scores, gaps and suggested actions recomputed from the answers, the national view next
 * to the city's own where the reader may see it, and the hub's anonymous peer medians.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"assessment", "assessment::scores", "content", "organisation::directory", "scoring"})
package io.nlc.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
