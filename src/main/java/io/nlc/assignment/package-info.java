/**
 * Who answers what: the coordinator assigns themes and items to people of the city team, and each person sees
 * their own items ("My items") across the city's rounds.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"assessment", "content", "discussion", "organisation", "scoring"})
package io.nlc.assignment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
