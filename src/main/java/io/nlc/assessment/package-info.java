/**
 * A city's assessment rounds: starting a round, saving every answer the moment it is entered (with optimistic
 * locking), resuming where one left off, and the scored results with suggested actions.
 */
@NullMarked
package io.nlc.assessment;

import org.jspecify.annotations.NullMarked;
