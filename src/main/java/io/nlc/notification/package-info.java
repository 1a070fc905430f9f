/**
 * In-app notifications: tells the people concerned when a round moves in the review workflow, and shows them
 * in a bell with an unread count.
 */
@NullMarked
package io.nlc.notification;

import org.jspecify.annotations.NullMarked;
