package dev.reelrank.viewmodel;

import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every product's rating from one source at one moment, with what a reader must be told about it.
 *
 * @param intervalsPending the bootstrap is still running: the intervals shown are the points alone
 * @param notes            which votes the ratings rest on, and warnings (groups, sample data)
 * @param groups           for head-to-head ratings, each product's group of products that met
 *                         (directly or through others); ratings of different groups cannot be
 *                         compared. Empty when all ratings share one scale.
 */
public record RatingSnapshot(RatingSource source, Map<String, Rating> ratings, boolean intervalsPending,
                             boolean sample, List<String> notes, Map<String, Integer> groups) {
    public RatingSnapshot {
        ratings = Map.copyOf(ratings);
        notes = List.copyOf(notes);
        groups = Map.copyOf(groups);
    }

    /** Ratings on one scale. */
    public RatingSnapshot(RatingSource source, Map<String, Rating> ratings, boolean intervalsPending, boolean sample,
                          List<String> notes) {
        this(source, ratings, intervalsPending, sample, notes, Map.of());
    }

    /** The group a product's rating belongs to; 0 for all when there is only one. */
    public int groupOf(String productId) {
        return groups.getOrDefault(productId, 0);
    }

    public Optional<Rating> of(String productId) {
        return Optional.ofNullable(ratings.get(productId));
    }

    public String note() {
        return String.join(" ", notes);
    }
}
