package dev.reelrank.model;

/**
 * What kind of figure a price is. A pay-as-you-go API price, a subscription's allowance spread
 * over the clips it buys, a credit bought at a membership tier and an analyst's estimate differ by
 * an order of magnitude for the same product, so ReelRank names the kind wherever it shows one and
 * never compares two kinds silently.
 */
public enum PriceKind {
    /** Pay as you go through an API: per second, per clip or per credit. */
    API,
    /** A subscription plan: a monthly price for an allowance of clips, seconds or credits. */
    PLAN,
    /** Credits bought in a pack or with a membership, at a stated tier. */
    CREDITS,
    /** Somebody's estimate of what a clip costs; the option names whose and how it was derived. */
    ESTIMATE;

    /** A price a vendor charges, as opposed to an estimate. */
    public boolean charged() {
        return this != ESTIMATE;
    }

    /** Whether a figure of this kind can be stated in {@code unit}. */
    public boolean fits(PriceUnit unit) {
        return switch (this) {
            case API -> !(unit instanceof PriceUnit.MonthlyPlan);
            case PLAN -> unit instanceof PriceUnit.MonthlyPlan;
            case CREDITS -> unit instanceof PriceUnit.PerCredit;
            case ESTIMATE -> true;
        };
    }

    /** The kind a format-1 "list price" had, which format 1 did not tell apart, judged by its unit. */
    public static PriceKind ofListPrice(PriceUnit unit) {
        return switch (unit) {
            case PriceUnit.MonthlyPlan plan -> PLAN;
            case PriceUnit.PerCredit credit -> CREDITS;
            default -> API;
        };
    }
}
