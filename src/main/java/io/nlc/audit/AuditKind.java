package io.nlc.audit;

/** What an audit entry records. */
public enum AuditKind {
    ANSWER,
    TARGET,
    STATUS,
    COMMENT,
    ASSIGNMENT,
    ACTION
}
