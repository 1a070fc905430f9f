package io.nlc.assessment;

import io.nlc.content.Theme;
import java.util.List;

/** The themes of an assessment with only the items of its tier, in questionnaire order. */
public record AssessmentScope(List<Theme> themes) {

    public AssessmentScope {
        themes = List.copyOf(themes);
    }

    /** Whether the id names a theme or an item of the assessment. */
    public boolean contains(String themeOrItemId) {
        return themes.stream()
                .anyMatch(theme -> theme.id().equals(themeOrItemId)
                        || theme.items().stream().anyMatch(item -> item.id().equals(themeOrItemId)));
    }

    public boolean containsItem(String itemId) {
        return themes.stream()
                .anyMatch(theme ->
                        theme.items().stream().anyMatch(item -> item.id().equals(itemId)));
    }
}
