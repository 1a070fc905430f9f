package io.nlc.workspace;

import com.vaadin.flow.component.html.Span;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.kernel.Markup;

/** The status of an assessment as a small coloured label with text (never colour alone). */
class StatusBadge extends Span {

    StatusBadge(AssessmentStatus status) {
        setText(getTranslation("status." + status.name()));
        addClassName("badge");
        addClassName(className(status));
    }

    /** The same badge as markup, for a line of markup (the questionnaire's). */
    static String html(String text, AssessmentStatus status) {
        return "<span class=\"badge " + className(status) + "\">" + Markup.escape(text) + "</span>";
    }

    private static String className(AssessmentStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
