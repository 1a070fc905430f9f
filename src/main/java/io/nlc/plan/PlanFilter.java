package io.nlc.plan;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the plan; null means any. {@code owner} is a team member's user id as text or an outside actor's name, as
 * offered by {@link ActionPlans#owners}; {@code targetId} a theme (matching its items too) or an item.
 */
public record PlanFilter(
        @Nullable ActionStatus status,
        @Nullable String owner,
        @Nullable String targetId) {

    public static PlanFilter all() {
        return new PlanFilter(null, null, null);
    }
}
