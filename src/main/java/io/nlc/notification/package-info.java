/**
 * In-app notifications: tells the people concerned when a round moves in the review workflow, and the owners of plan
 * actions when these are due soon or overdue, and shows them in a bell with an unread count.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"assessment", "base", "content", "organisation", "organisation::directory", "plan"})
package io.nlc.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
