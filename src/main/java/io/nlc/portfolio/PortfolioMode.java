package io.nlc.portfolio;

/** Which round of each city the hub portfolio shows. */
public enum PortfolioMode {
    /** The most recently started round, whatever its status. */
    LATEST,
    /** The most recent validated round. */
    LATEST_VALIDATED,
    /** The most recently changed round that is not validated yet. */
    IN_PROGRESS
}
