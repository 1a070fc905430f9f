package io.nlc.workshop;

import io.nlc.content.Item;
import io.nlc.content.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item the signed-in person was asked to rate, with the texts to rate it by (a rater account sees nothing else of
 * the round), their own rating if given, and the others' once they have given theirs.
 *
 * @param levelNames the names of levels 0 to 4 in the round's framework version
 * @param mine   null until they rate it
 * @param spread null until they rate it
 */
public record RaterTask(
        long assessmentId,
        LocalizedText city,
        String roundLabel,
        LocalizedText theme,
        Item item,
        List<LocalizedText> levelNames,
        @Nullable RatingEntry mine,
        @Nullable ItemSpread spread) {}
