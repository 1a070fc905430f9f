/**
 * Pure scoring functions: from answers and content weights to theme scores, completeness, gaps and priorities.
 * No Spring, no database, so the same answers always give the same scores.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.nlc.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
