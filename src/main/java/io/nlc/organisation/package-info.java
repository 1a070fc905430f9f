/**
 * Hubs, cities, users and roles, and the one rule every feature asks about: who may see which city
 * ({@link io.nlc.organisation.Organisation}). Entities and repositories stay inside. Two named interfaces are for
 * services, never screens: {@code directory} ({@link io.nlc.organisation.Directory}, unchecked lookups for
 * notifications, names and peer figures) and {@code setup} ({@link io.nlc.organisation.OrganisationSetup}, creating
 * hubs, cities and users without a signed-in person, for the demo and the drill only).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "kernel"})
package io.nlc.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
