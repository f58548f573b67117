package dev.reelrank.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rating against cost: the Pareto frontier (the products no other product beats on both) and the
 * best value on it.
 *
 * <p><b>Best value</b> is the product with the most odds of being preferred per unit of cost. On
 * the arenas' scale a product's odds of beating any fixed opponent are proportional to
 * 10<sup>rating / 400</sup>, so odds per unit of cost rank as its <em>value score</em>
 * rating − 400 · log<sub>10</sub>(cost): 120.4 rating points (a doubling of the odds) are worth a
 * doubling of the cost. The ranking depends neither on the opponent nor on the currency (another
 * currency shifts every score by the same amount). The best product by this score is always on the
 * frontier. Said from the chosen product: every dearer product gains fewer than 120 points per
 * doubling of cost, and every cheaper one loses more than 120 points per halving.
 *
 * <p>The <b>runner-up</b> is the frontier product with the next best score. It is <b>close</b> when
 * the two products' score intervals (their 95 % rating intervals shifted by the same cost term)
 * overlap: the votes do not tell them apart as values.
 */
public final class ValueFrontier {
    /** Rating points that double a product's odds of being preferred: 400 · log10(2), about 120.4. */
    public static final double POINTS_PER_DOUBLING = 400 * Math.log10(2);

    private ValueFrontier() {}

    /**
     * One rated product with a cost.
     *
     * @param cost   what it costs, in any unit common to all points (a cost per minute of video); 0 or more
     * @param rating its rating, with the 95 % interval {@code low}..{@code high}
     */
    public record Point(String id, double cost, double rating, double low, double high) {
        public Point {
            Objects.requireNonNull(id, "id");
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("a cost must be finite and 0 or more: " + cost);
            }
        }

        /** A point whose interval is its rating alone. */
        public Point(String id, double cost, double rating) {
            this(id, cost, rating, rating, rating);
        }

        /**
         * rating − 400 · log10(cost): the more, the more odds of being preferred per unit of cost;
         * infinite when free.
         */
        public double score() {
            return ValueFrontier.score(cost, rating);
        }
    }

    /**
     * The best value and, when there is one, the frontier product with the next best score.
     *
     * @param runnerUp the next best frontier product, or empty when the frontier holds one product
     * @param close    whether the two cannot be told apart as values: their score intervals overlap
     */
    public record BestValue(Point best, Optional<Point> runnerUp, boolean close) {
        public BestValue {
            Objects.requireNonNull(best, "best");
            Objects.requireNonNull(runnerUp, "runnerUp");
            if (close && runnerUp.isEmpty()) {
                throw new IllegalArgumentException("close to nothing");
            }
        }

        /** The runner-up when it is close to the best, else empty. */
        public Optional<Point> closeRunnerUp() {
            return close ? runnerUp : Optional.empty();
        }
    }

    /** rating − 400 · log10(cost); positive infinity at cost 0. */
    public static double score(double cost, double rating) {
        return cost == 0 ? Double.POSITIVE_INFINITY : rating - 400 * Math.log10(cost);
    }

    /**
     * The points no other point beats on both cost and rating, cheapest first. Of several points
     * with the same cost and rating only the first is kept.
     */
    public static List<Point> frontier(List<Point> points) {
        List<Point> byCost = new ArrayList<>(points);
        byCost.sort(Comparator.comparingDouble(Point::cost)
                .thenComparing(Comparator.comparingDouble(Point::rating).reversed()));
        List<Point> frontier = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Point point : byCost) {
            if (point.rating() > best) {
                frontier.add(point);
                best = point.rating();
            }
        }
        return frontier;
    }

    /** Ids of {@link #frontier}. */
    public static List<String> frontierIds(List<Point> points) {
        return frontier(points).stream().map(Point::id).toList();
    }

    /** The frontier product with the most odds of being preferred per unit of cost, or empty without points. */
    public static Optional<BestValue> bestValue(List<Point> points) {
        List<Point> ranked = new ArrayList<>(frontier(points));
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        // Highest score first; on equal scores the cheaper (earlier on the frontier) first. The sort is stable.
        ranked.sort(Comparator.comparingDouble(Point::score).reversed());
        Point best = ranked.get(0);
        if (ranked.size() == 1) {
            return Optional.of(new BestValue(best, Optional.empty(), false));
        }
        Point second = ranked.get(1);
        return Optional.of(new BestValue(best, Optional.of(second), overlap(best, second)));
    }

    /** Whether two points' score intervals overlap; a free product's interval is the single point +∞. */
    static boolean overlap(Point a, Point b) {
        double aLow = score(a.cost(), a.low());
        double aHigh = score(a.cost(), a.high());
        double bLow = score(b.cost(), b.low());
        double bHigh = score(b.cost(), b.high());
        return aLow <= bHigh && bLow <= aHigh;
    }
}
