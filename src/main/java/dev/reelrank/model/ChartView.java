package dev.reelrank.model;

import java.util.Objects;

/**
 * How a project's charts were last shown, saved with it so that it reopens, and exports from the
 * command line, the way its author left it.
 *
 * @param costBasis    what the cost chart compares
 * @param trendMetric  what the trend chart follows
 * @param logCostAxis  whether the value chart's cost axis is logarithmic
 * @param ratingSource the votes ratings come from, or null to follow the project (head-to-head when present)
 */
public record ChartView(CostBasis costBasis, TrendMetric trendMetric, boolean logCostAxis, RatingSource ratingSource) {
    public static final ChartView DEFAULT = new ChartView(CostBasis.PER_MINUTE, TrendMetric.RATING, true, null);

    public ChartView {
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(trendMetric, "trendMetric");
    }

    public ChartView withCostBasis(CostBasis basis) {
        return new ChartView(basis, trendMetric, logCostAxis, ratingSource);
    }

    public ChartView withTrendMetric(TrendMetric metric) {
        return new ChartView(costBasis, metric, logCostAxis, ratingSource);
    }

    public ChartView withLogCostAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, log, ratingSource);
    }

    public ChartView withRatingSource(RatingSource source) {
        return new ChartView(costBasis, trendMetric, logCostAxis, source);
    }
}
