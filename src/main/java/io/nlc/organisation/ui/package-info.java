/**
 * Account screens: managing the accounts one is responsible for, and changing one's own password.
 */
@NullMarked
package io.nlc.organisation.ui;

import org.jspecify.annotations.NullMarked;
