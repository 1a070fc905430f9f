package io.nlc.assessment;

/** The assessment is submitted or validated, so its answers are locked. */
public class AssessmentNotEditableException extends RuntimeException {

    public AssessmentNotEditableException(long id, AssessmentStatus status) {
        super("Assessment " + id + " is " + status + " and cannot be edited");
    }
}
