package io.nlc.organisation;

import io.nlc.content.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator (or a city's coordinator, for their own city) fills in to add someone. {@code focalCities}
 * are the cities a national focal point rates; empty for every other role.
 */
public record NewUser(
        String username,
        String displayName,
        Role role,
        @Nullable Long cityId,
        @Nullable Long hubId,
        Language language,
        Set<Long> focalCities) {

    public NewUser(
            String username,
            String displayName,
            Role role,
            @Nullable Long cityId,
            @Nullable Long hubId,
            Language language) {
        this(username, displayName, role, cityId, hubId, language, Set.of());
    }

    public NewUser {
        focalCities = Set.copyOf(focalCities);
    }
}
