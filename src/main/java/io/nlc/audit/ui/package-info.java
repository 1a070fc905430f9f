/**
 * The history screen of an assessment: every recorded change, filterable by person, item and dates.
 */
@NullMarked
package io.nlc.audit.ui;

import org.jspecify.annotations.NullMarked;
