package io.nlc.workspace;

import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.assignment.Assignments;
import io.nlc.kernel.NativeSelect;
import io.nlc.organisation.TeamMember;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's choice of who answers a theme or an item; empty means nobody (or, for an item, its theme's). The
 * browser's own select: a coordinator has one on every item card.
 */
class AssigneeSelect extends NativeSelect<TeamMember> {

    AssigneeSelect(
            Assignments assignments,
            long assessmentId,
            String targetId,
            String labelKey,
            String emptyKey,
            List<TeamMember> team,
            @Nullable TeamMember current) {
        setLabel(getTranslation(labelKey));
        setItems(team);
        setItemLabelGenerator(TeamMember::displayName);
        setEmptyCaption(getTranslation(emptyKey));
        setValue(current);
        addClassName("assignee-select");
        addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                assignments.assign(
                        assessmentId,
                        targetId,
                        change.getValue() == null ? null : change.getValue().id());
                setInvalid(false);
            } catch (InvalidRoundInputException e) {
                setErrorMessage(getTranslation(e.messageKey()));
                setInvalid(true);
            } catch (AssessmentNotEditableException e) {
                // Submitted or validated from another screen meanwhile: who answered stays as it was.
                setValue(change.getOldValue());
                setErrorMessage(getTranslation("assignment.error.locked"));
                setInvalid(true);
            }
        });
    }
}
