/**
 * The screens of the assessment work, on top of the feature modules: home page, starting a round, the questionnaire
 * with autosave, comments and assignments, My items, results (with its PDF report), history, the action plan and the hub portfolio (with its PDF). Kept in one module so
 * that screens can link to each other by class without module cycles.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "assignment",
            "audit",
            "backup",
            "base",
            "chart",
            "content",
            "discussion",
            "exchange",
            "kernel",
            "organisation",
            "plan",
            "portfolio",
            "progress",
            "report",
            "results",
            "scoring",
            "workshop"
        })
package io.nlc.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
