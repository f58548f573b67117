package dev.reelrank.model;

/**
 * What kind of figure a price is. A vendor's list price and an analyst's estimate of what a clip
 * costs differ by an order of magnitude for the same product, so the two are never mixed silently.
 */
public enum PriceKind {
    /** A price the vendor publishes. */
    LIST_PRICE,
    /** An analyst's estimate of the cost of a clip (GF Securities' 0.83 CNY per Kling clip). */
    ESTIMATE
}
