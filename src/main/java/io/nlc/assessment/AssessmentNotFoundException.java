package io.nlc.assessment;

import com.vaadin.flow.router.NotFoundException;

/** No assessment with this id exists; the router shows the not-found page for it. */
public class AssessmentNotFoundException extends NotFoundException {

    public AssessmentNotFoundException(long id) {
        super("No assessment " + id);
    }
}
