package io.nlc.workshop;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item opened to raters, as the reader may see it.
 *
 * @param spread    null while the reader is one of its raters and has not rated it yet
 * @param agreement null until the coordinator records the agreed level
 */
public record PanelItem(
        String itemId,
        List<Rater> raters,
        @Nullable ItemSpread spread,
        @Nullable Agreement agreement) {

    public PanelItem {
        raters = List.copyOf(raters);
    }

    /** Someone on the panel, and whether they have rated yet. */
    public record Rater(long id, String name, boolean rated) {}

    /** Why the coordinator agreed on the level the round's answer holds. */
    public record Agreement(String reason, String by, Instant at) {}
}
