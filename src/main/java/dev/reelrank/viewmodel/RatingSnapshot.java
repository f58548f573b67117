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
 */
public record RatingSnapshot(RatingSource source, Map<String, Rating> ratings, boolean intervalsPending,
                             boolean sample, List<String> notes) {
    public RatingSnapshot {
        ratings = Map.copyOf(ratings);
        notes = List.copyOf(notes);
    }

    public Optional<Rating> of(String productId) {
        return Optional.ofNullable(ratings.get(productId));
    }

    public String note() {
        return String.join(" ", notes);
    }
}
