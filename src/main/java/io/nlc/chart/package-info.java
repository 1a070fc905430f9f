/**
 * A small, self-contained Vaadin component that draws Chart.js charts from typed Java specifications.
 * It depends only on Vaadin Flow, Jackson and the chart.js WebJar, so it needs no Node build and no application code.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.nlc.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
