package io.nlc.plan;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An action as the coordinator writes it. The owner is {@code ownerUserId} (someone of the city's team) or, when that
 * is null, {@code ownerName} (an outside actor: a ministry, an association, the province).
 *
 * @param assessmentId the round the action comes from (fixed once created)
 * @param targets      the themes and items it addresses; when created, also the gaps it came from
 */
public record ActionDraft(
        long assessmentId,
        String title,
        String description,
        @Nullable Long ownerUserId,
        @Nullable String ownerName,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        Set<String> targets) {

    public ActionDraft {
        targets = Set.copyOf(targets);
    }
}
