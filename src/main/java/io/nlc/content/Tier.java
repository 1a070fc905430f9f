package io.nlc.content;

/** Core items make the one-day scan; a full assessment adds the detailed ones. */
public enum Tier {
    CORE,
    DETAILED;

    public boolean includes(Tier itemTier) {
        return this == DETAILED || itemTier == CORE;
    }
}
