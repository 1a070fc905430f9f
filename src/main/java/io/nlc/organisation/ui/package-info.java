/**
 * Account screens (managing the accounts one is responsible for, changing one’s own password) and the
 * administrators’ hubs and cities screen.
 */
@NullMarked
package io.nlc.organisation.ui;

import org.jspecify.annotations.NullMarked;
