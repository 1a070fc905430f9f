package io.nlc.scoring;

/** How an item was answered. "Don't know" is a finding in itself: it counts as unanswered, shown apart. */
public enum AnswerState {
    LEVEL,
    NOT_APPLICABLE,
    DONT_KNOW,
    UNANSWERED
}
