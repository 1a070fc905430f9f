package io.nlc.audit;

import org.jspecify.annotations.Nullable;

/**
 * A change of a plan action in the trail: the action, its title then, and the values before and after (titles when
 * created or edited, status names for a status change, the text of a progress note), with the reason for dropping.
 */
public record ActionEntry(
        long actionId,
        String title,
        @Nullable String before,
        @Nullable String after,
        @Nullable String reason) {}
