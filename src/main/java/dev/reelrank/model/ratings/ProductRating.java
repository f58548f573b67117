package dev.reelrank.model.ratings;

/**
 * One product's Bradley–Terry rating: the maximum-likelihood estimate on the 400-point scale,
 * its bootstrap 95 % interval and rank, or nothing when it has no votes.
 *
 * @param low        the interval's lower end, from the bootstrap resamples that hold any of its votes;
 *                   NaN when every such resample gave the same rating
 *                   (the votes never disagreed), so that no interval can be told
 * @param high       its upper end, NaN with {@code low}
 * @param group      the connected group of products its rating compares with (ratings in
 *                   different groups are not comparable; each group is centred on 1000)
 * @param heldFinite true when its group needed the virtual-tie adjustment (someone never won or
 *                   never lost), so its rating is a bound held finite rather than a plain estimate
 */
public record ProductRating(
        int product,
        boolean rated,
        double rating,
        double low,
        double high,
        int rank,
        double battles,
        int group,
        boolean heldFinite) {
    /** Whether the bootstrap gave this rating an interval (see {@code low}). */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
