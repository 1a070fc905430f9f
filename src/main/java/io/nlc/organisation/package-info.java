/**
 * Hubs, cities, users and roles, and the one rule every feature asks about: who may see which city.
 * Entities and repositories stay inside; other modules use {@link io.nlc.organisation.Organisation}.
 */
@NullMarked
package io.nlc.organisation;

import org.jspecify.annotations.NullMarked;
