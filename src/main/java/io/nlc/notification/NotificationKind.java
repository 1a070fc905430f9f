package io.nlc.notification;

/** What a notification is about: a round's workflow step, or an action of the plan due soon or overdue. */
enum NotificationKind {
    STEP,
    ACTION_DUE_SOON,
    ACTION_OVERDUE
}
