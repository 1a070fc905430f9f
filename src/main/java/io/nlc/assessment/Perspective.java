package io.nlc.assessment;

/**
 * Whose answers: the city team's own (local) or a national focal point's rating of the same items (national).
 * Each is a separate answer set on the same assessment; scores, the workflow and the hub portfolio use the local
 * set, and the results compare the two.
 */
public enum Perspective {
    LOCAL,
    NATIONAL
}
