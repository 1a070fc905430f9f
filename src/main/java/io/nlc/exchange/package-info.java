/**
 * Data exchange: spreadsheet exports of an assessment (an editable XLSX with its answers, scores, plan and history,
 * and a CSV of the answers). Everything is read through the checked services of the feature modules, so an export
 * holds exactly what its reader may see on screen; internal notes and links are left out unless asked for.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "audit",
            "base",
            "content",
            "discussion",
            "kernel",
            "organisation",
            "plan",
            "results",
            "scoring"
        })
package io.nlc.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
