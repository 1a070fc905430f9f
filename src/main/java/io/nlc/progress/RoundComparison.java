package io.nlc.progress;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentRef;
import io.nlc.content.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two rounds of one city compared: each theme's score before and after (null where the round does not have the
 * theme or it is not scored), the items both rounds have with their answers, and the items only one of them has.
 */
public record RoundComparison(
        AssessmentRef from,
        AssessmentRef to,
        List<ThemeChange> themes,
        List<ItemChange> items,
        List<Unshared> onlyInFrom,
        List<Unshared> onlyInTo) {

    public RoundComparison {
        themes = List.copyOf(themes);
        items = List.copyOf(items);
        onlyInFrom = List.copyOf(onlyInFrom);
        onlyInTo = List.copyOf(onlyInTo);
    }

    /** Whether the rounds are on different framework versions, compared through the items they share. */
    public boolean acrossVersions() {
        return from.frameworkVersion() != to.frameworkVersion();
    }

    public record ThemeChange(
            String themeId,
            LocalizedText name,
            @Nullable Double before,
            @Nullable Double after) {

        /** After minus before, when both are scored. */
        public @Nullable Double delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    /**
     * One item both rounds have: its answers there (empty when unanswered) and, when the later answer was carried
     * over from the earlier round and its level changed, the team's justification.
     */
    public record ItemChange(
            String themeId,
            String itemId,
            LocalizedText question,
            AnswerDraft before,
            AnswerDraft after,
            @Nullable String justification) {

        /** The level (or "not applicable", "don't know", unanswered) moved. */
        public boolean changed() {
            return before.state() != after.state() || !java.util.Objects.equals(before.level(), after.level());
        }
    }

    /** An item in the scope of only one of the rounds. */
    public record Unshared(String itemId, LocalizedText question) {}
}
