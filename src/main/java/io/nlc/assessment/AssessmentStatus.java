package io.nlc.assessment;

/** Where an assessment is in the review workflow; only a draft (or a returned one) can be edited. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    VALIDATED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
