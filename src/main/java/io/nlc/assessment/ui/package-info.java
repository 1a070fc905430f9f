/**
 * Screens of the assessment module: home page, starting a round, the questionnaire with autosave, and results.
 */
@NullMarked
package io.nlc.assessment.ui;

import org.jspecify.annotations.NullMarked;
