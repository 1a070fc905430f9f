/**
 * The audit trail: an append-only record of every answer, target and status change of an assessment (who, when,
 * old and new value, reason), written in the same transaction as the change and readable per assessment and item.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"assessment", "organisation", "organisation::directory"})
package io.nlc.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
