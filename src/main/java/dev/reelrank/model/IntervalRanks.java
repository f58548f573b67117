package dev.reelrank.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Ranks by interval overlap, as arena leaderboards rank: a product's rank is one more than the
 * number of products rated above it beyond doubt (whose whole 95 % interval lies above its own).
 * Products whose intervals overlap the top one's share its rank 1, and ranks may skip (1, 2, 2,
 * 4). Ratings from groups of products that never met are ranked within their group only.
 */
public final class IntervalRanks {
    private IntervalRanks() {
    }

    public static Map<String, Integer> of(Map<String, Rating> ratings) {
        return of(ratings, id -> 0);
    }

    /** @param groupOf each product's group; ratings of different groups are not compared */
    public static Map<String, Integer> of(Map<String, Rating> ratings, ToIntFunction<String> groupOf) {
        Map<String, Integer> ranks = new HashMap<>();
        ratings.forEach((id, rating) -> {
            int above = 0;
            for (Map.Entry<String, Rating> other : ratings.entrySet()) {
                if (other.getValue().low() > rating.high()
                        && groupOf.applyAsInt(other.getKey()) == groupOf.applyAsInt(id)) {
                    above++;
                }
            }
            ranks.put(id, 1 + above);
        });
        return ranks;
    }
}
