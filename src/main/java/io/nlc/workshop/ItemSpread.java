package io.nlc.workshop;

import io.nlc.scoring.AnswerState;
import io.nlc.scoring.Median;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the raters of an item differ: over the ratings that give a level, their count, minimum, median and maximum;
 * how many said "not applicable" or "don't know"; and every rating, in the order given.
 */
public record ItemSpread(
        String itemId,
        int count,
        @Nullable Integer min,
        @Nullable Double median,
        @Nullable Integer max,
        int notApplicable,
        int dontKnow,
        List<RatingEntry> ratings) {

    public ItemSpread {
        ratings = List.copyOf(ratings);
    }

    static ItemSpread of(String itemId, List<RatingEntry> ratings) {
        List<Integer> levels = ratings.stream()
                .filter(rating -> rating.state() == AnswerState.LEVEL && rating.level() != null)
                .map(RatingEntry::level)
                .toList();
        return new ItemSpread(
                itemId,
                levels.size(),
                levels.stream().min(Integer::compare).orElse(null),
                levels.isEmpty()
                        ? null
                        : Median.of(levels.stream().map(Integer::doubleValue).toList()),
                levels.stream().max(Integer::compare).orElse(null),
                (int) ratings.stream()
                        .filter(rating -> rating.state() == AnswerState.NOT_APPLICABLE)
                        .count(),
                (int) ratings.stream()
                        .filter(rating -> rating.state() == AnswerState.DONT_KNOW)
                        .count(),
                ratings);
    }

    /** Maximum minus minimum level: how far apart the raters are (0 with fewer than two levels). */
    public int range() {
        return min == null || max == null ? 0 : max - min;
    }
}
