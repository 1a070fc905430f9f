package io.nlc.organisation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the administration screen lists them. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long cityId,
        @Nullable Long hubId,
        boolean enabled,
        Set<Long> focalCities,
        boolean secondFactor) {}
