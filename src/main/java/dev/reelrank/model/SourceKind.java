package dev.reelrank.model;

/**
 * Who a price comes from. A vendor's own page is the best source; a reseller's or the press's
 * summary of it is shown as such, so a reader knows how far the figure is from the vendor.
 */
public enum SourceKind {
    /** The vendor's own pricing page, help centre or announcement. */
    VENDOR,
    /** A news report quoting the vendor. */
    PRESS,
    /** A reseller or aggregator that sells access or summarises the vendor's prices. */
    RESELLER,
    /** An analyst's report (a broker's research, for example). */
    ANALYST
}
