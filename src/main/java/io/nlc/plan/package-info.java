/**
 * The city's action plan: actions taken from the gaps and suggested actions of a round (or written anew), owned by a
 * team member or a named outside actor, with dates, a status and dated progress notes. The plan belongs to the city
 * and carries over from round to round; each action remembers the round and the gaps it came from. Every change is
 * published as an {@link io.nlc.assessment.AssessmentChanged.ActionChanged} against that round, for the audit trail.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"assessment", "content", "kernel", "organisation", "organisation::directory"})
package io.nlc.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
