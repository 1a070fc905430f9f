package io.nlc.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An action of the plan as a reader sees it, with what they may do with it.
 *
 * @param owner            the team member's display name or the outside actor's name
 * @param ownerUserId      null for an outside actor
 * @param overdue          open, and its due date has passed (by the app's clock, in Morocco)
 * @param dueSoon          open, not overdue, due within {@link ActionPlans#DUE_SOON_DAYS} days
 * @param editable         the reader coordinates the city: may edit, drop and change anything
 * @param progressable     the reader may change its status (not to dropped) and add notes: the coordinator or the
 *                         team member who owns it
 * @param notes            newest first
 */
public record PlannedAction(
        long id,
        long cityId,
        long assessmentId,
        String roundLabel,
        String title,
        String description,
        String owner,
        @Nullable Long ownerUserId,
        @Nullable String ownerName,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        ActionStatus status,
        @Nullable String dropReason,
        List<String> targets,
        List<String> origin,
        List<ProgressNote> notes,
        boolean overdue,
        boolean dueSoon,
        Instant updatedAt,
        long version,
        boolean editable,
        boolean progressable) {

    /** The draft this action was written from, to edit it. */
    public ActionDraft draft() {
        return new ActionDraft(
                assessmentId, title, description, ownerUserId, ownerName, startDate, dueDate, Set.copyOf(targets));
    }
}
