package dev.reelrank.model;

/** Whether a price option has a figure; charts skip the others with a marker, never show 0. */
public enum PriceStatus {
    /** A figure with its amount, currency and unit. */
    PUBLISHED,
    /** The vendor publishes no price (Meta Movie Gen was announced but not released). */
    NOT_PUBLIC,
    /** A price exists somewhere, but this project holds no figure it could verify. */
    NOT_SOURCED
}
