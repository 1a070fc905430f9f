/**
 * The notification bell in the header: the unread count and the list of one's notifications.
 */
@NullMarked
package io.nlc.notification.ui;

import org.jspecify.annotations.NullMarked;
