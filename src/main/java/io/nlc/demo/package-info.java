/**
 * Demo data for trying the app: a hub, cities and one user per role, created on first start with the demo profile.
 */
@NullMarked
package io.nlc.demo;

import org.jspecify.annotations.NullMarked;
