/**
 * The second factor's inside, part of the organisation module: the TOTP maths, the secrets' encryption, and the
 * tables behind {@link io.nlc.organisation.SecondFactors}, the module's only way in.
 */
@NullMarked
package io.nlc.organisation.secondfactor;

import org.jspecify.annotations.NullMarked;
