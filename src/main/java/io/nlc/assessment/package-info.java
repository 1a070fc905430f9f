/**
 * A city's assessments (rounds): starting one, saving every answer the moment it is entered (one row lock per
 * round, optimistic versions per answer), the national and local perspectives with the blind-rating rule, resuming
 * where one left off, the status lifecycle of the review workflow, and the {@link io.nlc.assessment.AssessmentChanged}
 * events other modules record and notify from. Its named interface {@code scores}
 * ({@link io.nlc.assessment.RoundScores}) scores many rounds at once without an access check, for the portfolio and
 * the peer figures only.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "kernel", "organisation", "organisation::directory", "scoring"})
package io.nlc.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
