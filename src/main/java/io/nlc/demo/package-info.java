/**
 * Demo data for trying the app: a hub, cities and one user per role, created on first start with the demo profile.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "assignment",
            "content",
            "discussion",
            "organisation",
            "organisation::setup",
            "plan",
            "scoring",
            "workshop"
        })
package io.nlc.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
