package dev.reelrank.model;

import java.util.Optional;

/**
 * Ratings from a product's aggregate votes against the field: the rating against an average
 * opponent. With w wins, l losses, t ties and n = w + l + t, p = (w + t/2 + 0.5) / (n + 1); half a
 * pseudo-win and half a pseudo-loss keep 0 % and 100 % finite. The rating is
 * 1000 + 400 log10(p / (1 - p)); the 95 % interval maps the Wilson interval of the same adjusted
 * counts the same way.
 */
public final class AggregateRatings {
    /** The 97.5th percentile of the standard normal distribution. */
    private static final double Z = 1.959963984540054;

    private AggregateRatings() {}

    /** The rating, or empty when there are no votes (never a made-up 1000). */
    public static Optional<Rating> of(VoteTally votes) {
        if (votes == null || votes.appearances() == 0) {
            return Optional.empty();
        }
        double n = votes.appearances() + 1.0;
        double p = (votes.wins() + votes.ties() / 2.0 + 0.5) / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Optional.of(new Rating(scale(p), scale(centre - half), scale(centre + half), votes.appearances()));
    }

    /** A win probability against an average opponent on the 400-point scale. */
    static double scale(double p) {
        return 1000 + 400 * Math.log10(p / (1 - p));
    }
}
