package dev.reelrank.model.ratings;

import java.util.List;

/**
 * Bradley–Terry ratings for a set of products, with what a reader must know about them.
 *
 * @param groups the number of groups of products that were compared with each other; more than
 *               one means the ratings of different groups cannot be compared
 * @param bootstrapRounds the rounds run, which may be fewer than asked for (see
 *               {@link BradleyTerry#affordableRounds}); 0 means the intervals are the points themselves
 */
public record RatingsResult(List<ProductRating> ratings, int groups, int bootstrapRounds, long seed) {
    public RatingsResult {
        ratings = List.copyOf(ratings);
    }

    public boolean disconnected() {
        return groups > 1;
    }

    public boolean anyHeldFinite() {
        return ratings.stream().anyMatch(ProductRating::heldFinite);
    }

    public ProductRating of(int product) {
        return ratings.get(product);
    }
}
