package dev.reelrank.model;

import java.math.BigDecimal;

/**
 * The 95 % interval a board publishes with a score: its two ends as printed, or the score ± a
 * margin (LMArena prints "1,445 ±15"), kept as ends so that both read alike.
 */
public record PublishedInterval(BigDecimal low, BigDecimal high) {
    public PublishedInterval {
        low = PublishedRating.score("low", low);
        high = PublishedRating.score("high", high);
        if (low.compareTo(high) > 0) {
            throw new InvalidValueException("low", "value.intervalOrder", Checks.plain(low), Checks.plain(high));
        }
    }

    /** The interval a board prints as score ± margin. */
    public static PublishedInterval plusMinus(BigDecimal score, BigDecimal margin) {
        if (margin.signum() < 0) {
            throw new InvalidValueException("margin", "value.negative", Checks.plain(margin));
        }
        return new PublishedInterval(score.subtract(margin), score.add(margin));
    }
}
