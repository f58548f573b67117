package dev.reelrank.viewmodel.ratings;

import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.PublishedRating;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Every product's rating from one source at one moment, with what a reader must be told about it.
 *
 * @param intervalsPending the bootstrap is still running: the intervals shown are the points alone
 * @param notes            which votes the ratings rest on, and warnings (groups, sample data)
 * @param groups           for head-to-head ratings, each product's group of products that met
 *                         (directly or through others); ratings of different groups cannot be
 *                         compared. Empty when all ratings share one scale.
 * @param board            for published ratings, the one board all of them come from
 * @param published        for published ratings, the entry behind each product's rating: a board
 *                         that prints no interval or no vote count gives the rating none
 * @param intervalsUnavailable the bootstrap failed: the intervals shown are the points alone, and
 *                         will not come
 * @param pointsOnly       head-to-head ratings the bootstrap gave no interval, as their votes never
 *                         disagreed: their interval is the point, which is not to be shown as one
 */
public record RatingSnapshot(
        RatingSource source,
        Map<String, Rating> ratings,
        boolean intervalsPending,
        boolean sample,
        List<String> notes,
        Map<String, Integer> groups,
        Optional<Leaderboard> board,
        Map<String, PublishedRating> published,
        boolean intervalsUnavailable,
        Set<String> pointsOnly) {
    public RatingSnapshot {
        ratings = Map.copyOf(ratings);
        notes = List.copyOf(notes);
        groups = Map.copyOf(groups);
        board = board == null ? Optional.empty() : board;
        published = Map.copyOf(published);
        pointsOnly = Set.copyOf(pointsOnly);
    }

    /** Ratings whose intervals, if any, are known. */
    public RatingSnapshot(
            RatingSource source,
            Map<String, Rating> ratings,
            boolean intervalsPending,
            boolean sample,
            List<String> notes,
            Map<String, Integer> groups,
            Optional<Leaderboard> board,
            Map<String, PublishedRating> published) {
        this(source, ratings, intervalsPending, sample, notes, groups, board, published, false, Set.of());
    }

    /** Ratings computed from votes, on one scale or in groups. */
    public RatingSnapshot(
            RatingSource source,
            Map<String, Rating> ratings,
            boolean intervalsPending,
            boolean sample,
            List<String> notes,
            Map<String, Integer> groups) {
        this(source, ratings, intervalsPending, sample, notes, groups, Optional.empty(), Map.of());
    }

    /** Ratings on one scale. */
    public RatingSnapshot(
            RatingSource source,
            Map<String, Rating> ratings,
            boolean intervalsPending,
            boolean sample,
            List<String> notes) {
        this(source, ratings, intervalsPending, sample, notes, Map.of());
    }

    /** Whether the intervals are there to show: neither still being computed nor failed. */
    public boolean intervalsKnown() {
        return !intervalsPending && !intervalsUnavailable;
    }

    /** The group a product's rating belongs to; 0 for all when there is only one. */
    public int groupOf(String productId) {
        return groups.getOrDefault(productId, 0);
    }

    /** What a product without a rating lacks: votes, or a score on the board shown. */
    public String unratedKey() {
        return source == RatingSource.PUBLISHED ? "chart.rating.offBoard" : "chart.rating.noVotes";
    }

    public Optional<Rating> of(String productId) {
        return Optional.ofNullable(ratings.get(productId));
    }

    /** Whether the product's rating has an interval to show: computed and done, or published. */
    public boolean hasInterval(String productId) {
        if (!intervalsKnown() || !ratings.containsKey(productId)) {
            return false;
        }
        if (pointsOnly.contains(productId)) {
            return false;
        }
        PublishedRating entry = published.get(productId);
        return entry == null || entry.interval().isPresent();
    }

    /**
     * Whether the bootstrap could tell no interval for the product's rating: it is then ranked with
     * every other product, as nothing shows one surely above or below it.
     */
    public boolean pointOnly(String productId) {
        return pointsOnly.contains(productId);
    }

    /** The votes the product's rating rests on, when they are known. */
    public OptionalLong votesOf(String productId) {
        Rating rating = ratings.get(productId);
        if (rating == null) {
            return OptionalLong.empty();
        }
        PublishedRating entry = published.get(productId);
        if (entry != null) {
            return entry.votes().map(OptionalLong::of).orElse(OptionalLong.empty());
        }
        return OptionalLong.of(rating.votes());
    }

    public String note() {
        return dev.reelrank.viewmodel.text.Sentences.join(notes);
    }
}
