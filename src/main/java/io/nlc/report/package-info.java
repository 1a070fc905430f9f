/**
 * PDF reports for readers who never sign in: one assessment in the language the user picks, and a hub's portfolio
 * for its advisors. Reads only through the other modules' checked services, so a report shows what its reader may
 * see on screen and nothing more.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "content",
            "discussion",
            "kernel",
            "organisation",
            "plan",
            "portfolio",
            "progress",
            "results",
            "scoring"
        })
package io.nlc.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
