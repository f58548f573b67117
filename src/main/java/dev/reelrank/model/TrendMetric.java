package dev.reelrank.model;

/** What the trend chart follows over release dates. */
public enum TrendMetric {
    RATING,
    COST_PER_MINUTE
}
