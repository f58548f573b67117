package dev.reelrank.model;

/**
 * A rating on the arenas' 400-point scale around 1000 (a 400-point gap means 10:1 odds), with its
 * 95 % interval. A bootstrap percentile interval need not contain the estimate, so that is not
 * required.
 *
 * @param votes the votes it rests on (appearances, or battles for head-to-head ratings)
 */
public record Rating(double value, double low, double high, long votes) {
    public Rating {
        if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("a rating must be finite");
        }
        if (low > high) {
            throw new IllegalArgumentException("an interval's lower end must not be above its upper end");
        }
    }
}
