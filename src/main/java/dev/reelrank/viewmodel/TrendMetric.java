package dev.reelrank.viewmodel;

/** What the trend chart follows over release dates. */
public enum TrendMetric {
    RATING, COST_PER_MINUTE
}
