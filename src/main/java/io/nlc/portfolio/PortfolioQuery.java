package io.nlc.portfolio;

import org.jspecify.annotations.Nullable;

/** Filter and order of the hub portfolio. */
public record PortfolioQuery(PortfolioMode mode, @Nullable String region, Sort sort, boolean descending) {

    public enum Sort {
        CITY,
        REGION,
        STATUS,
        INDEX,
        COMPLETENESS,
        LAST_ACTIVITY
    }
}
