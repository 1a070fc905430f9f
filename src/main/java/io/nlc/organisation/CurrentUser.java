package io.nlc.organisation;

import io.nlc.content.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the services see them: identity, role, and the city or hub they belong to, or for a
 * national focal point the cities they rate.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long cityId,
        @Nullable Long hubId,
        Language language,
        boolean mustChangePassword,
        Set<Long> focalCities) {}
