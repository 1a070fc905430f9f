package io.nlc.results;

import java.util.Map;

/**
 * The hub's peer median per core theme, from the latest validated round of the other cities of the hub that
 * consented. Only shown when at least {@link #MIN_PEERS} such cities exist, so no city can be singled out; it
 * never carries any city's own scores.
 *
 * @param peers   how many consenting cities with a validated round fed the median
 * @param medians median theme score (0..100) per core theme id; empty when not available
 */
public record PeerComparison(boolean available, int peers, Map<String, Double> medians) {

    public static final int MIN_PEERS = 3;
}
