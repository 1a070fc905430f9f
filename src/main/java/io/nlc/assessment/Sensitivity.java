package io.nlc.assessment;

/**
 * Who may read an answer's note or its evidence links outside the app: {@code SHAREABLE} material goes into
 * reports and exports, {@code INTERNAL} material stays with those who may see the city in the app, unless the
 * person exporting chooses to include it.
 */
public enum Sensitivity {
    SHAREABLE,
    INTERNAL;

    /** Whether an export that includes internal material only when asked may show this. */
    public boolean shownIn(boolean includeInternal) {
        return this == SHAREABLE || includeInternal;
    }
}
