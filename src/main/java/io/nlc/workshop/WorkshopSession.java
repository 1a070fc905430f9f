package io.nlc.workshop;

import java.time.Instant;
import java.util.List;

/**
 * A workshop session as its facilitator or a participant sees it.
 *
 * @param code          the join code participants type (six characters, no look-alikes)
 * @param currentIndex  the position of the item on the projector in {@code itemIds}
 * @param currentItemId the item on the projector
 */
public record WorkshopSession(
        long id,
        long assessmentId,
        String code,
        List<String> itemIds,
        int currentIndex,
        String currentItemId,
        Instant expiresAt) {

    public WorkshopSession {
        itemIds = List.copyOf(itemIds);
    }
}
