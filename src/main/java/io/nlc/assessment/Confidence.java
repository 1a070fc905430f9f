package io.nlc.assessment;

/** How sure the team is of an answer, judged from its evidence. */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
