package io.nlc.organisation;

import io.nlc.content.Language;
import org.jspecify.annotations.Nullable;

/** What an administrator (or a city's coordinator, for their own city) fills in to add someone. */
public record NewUser(String username, String displayName, Role role, @Nullable Long cityId, @Nullable Long hubId,
                      Language language) {
}
