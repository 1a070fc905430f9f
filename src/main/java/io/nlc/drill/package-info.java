/**
 * The kill -9 drill's door into the app (see docs/drills.md and bin/drill-kill9), present only under the
 * {@code drill} profile: a hub of drill cities with one coordinator each, and a small HTTP endpoint through which
 * many clients save answers with the real {@code AssessmentService.save}, as those coordinators, signed in with HTTP
 * basic against the app's own user table. Without the profile none of it exists.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"assessment", "audit", "content", "kernel", "organisation", "organisation::setup"})
package io.nlc.drill;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
