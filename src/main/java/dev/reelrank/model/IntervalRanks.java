package dev.reelrank.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Ranks by interval overlap, as arena leaderboards rank: a product's rank is one more than the
 * number of products rated above it beyond doubt (whose whole 95 % interval lies above its own).
 * Products whose intervals overlap the top one's share its rank 1.
 */
public final class IntervalRanks {
    private IntervalRanks() {
    }

    public static Map<String, Integer> of(Map<String, Rating> ratings) {
        Map<String, Integer> ranks = new HashMap<>();
        ratings.forEach((id, rating) -> {
            int above = 0;
            for (Rating other : ratings.values()) {
                if (other.low() > rating.high()) {
                    above++;
                }
            }
            ranks.put(id, 1 + above);
        });
        return ranks;
    }
}
