package io.nlc.workshop;

import io.nlc.scoring.AnswerState;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The live tally of the item on the projector: how many participants gave each level, "not applicable" and "don't
 * know", the median of the levels, and how many of the panel have rated.
 *
 * @param perLevel counts of levels 0 to 4
 * @param median   null until someone gives a level
 */
public record Tally(
        String itemId,
        List<Integer> perLevel,
        int notApplicable,
        int dontKnow,
        @Nullable Double median,
        int rated,
        int panel) {

    public Tally {
        perLevel = List.copyOf(perLevel);
    }

    static Tally of(ItemSpread spread, int panel) {
        List<Integer> perLevel = IntStream.rangeClosed(0, 4)
                .mapToObj(level -> (int) spread.ratings().stream()
                        .filter(rating -> rating.state() == AnswerState.LEVEL
                                && rating.level() != null
                                && rating.level() == level)
                        .count())
                .toList();
        return new Tally(
                spread.itemId(),
                perLevel,
                spread.notApplicable(),
                spread.dontKnow(),
                spread.median(),
                spread.ratings().size(),
                panel);
    }
}
