package io.nlc.workspace;

import com.vaadin.flow.component.html.Span;
import io.nlc.assessment.AssessmentStatus;

/** The status of an assessment as a small coloured label with text (never colour alone). */
class StatusBadge extends Span {

    StatusBadge(AssessmentStatus status) {
        setText(getTranslation("status." + status.name()));
        addClassName("badge");
        addClassName("status-" + status.name().toLowerCase());
    }
}
