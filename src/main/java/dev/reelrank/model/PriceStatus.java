package dev.reelrank.model;

/** Whether a price option has a figure; charts skip the others with a marker, never show 0. */
public enum PriceStatus {
    /** A figure somebody published, with its amount, currency and unit. */
    PUBLISHED,
    /**
     * A figure ReelRank's data derives from published ones (GF's "about a quarter" times its 0.83 CNY);
     * it is never called published, and the option says how it was derived.
     */
    DERIVED,
    /** The vendor publishes no price (Meta Movie Gen was announced but not released). */
    NOT_PUBLIC,
    /** A price exists somewhere, but this project holds no figure it could verify. */
    NOT_SOURCED;

    /** Whether an option with this status carries an amount, a currency and a unit. */
    public boolean hasFigure() {
        return this == PUBLISHED || this == DERIVED;
    }
}
