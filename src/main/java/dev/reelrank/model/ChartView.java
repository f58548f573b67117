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
 * @param costChartLogAxis whether the cost chart's axis is logarithmic: one costly product then no
 *                     longer squeezes the others into slivers
 */
public record ChartView(CostBasis costBasis, TrendMetric trendMetric, boolean logCostAxis, RatingSource ratingSource,
                        boolean costChartLogAxis) {
    public static final ChartView DEFAULT = new ChartView(CostBasis.PER_MINUTE, TrendMetric.RATING, true, null, false);

    public ChartView {
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(trendMetric, "trendMetric");
    }

    /** A view with the cost chart on a linear axis. */
    public ChartView(CostBasis costBasis, TrendMetric trendMetric, boolean logCostAxis, RatingSource ratingSource) {
        this(costBasis, trendMetric, logCostAxis, ratingSource, false);
    }

    public ChartView withCostBasis(CostBasis basis) {
        return new ChartView(basis, trendMetric, logCostAxis, ratingSource, costChartLogAxis);
    }

    public ChartView withTrendMetric(TrendMetric metric) {
        return new ChartView(costBasis, metric, logCostAxis, ratingSource, costChartLogAxis);
    }

    public ChartView withLogCostAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, log, ratingSource, costChartLogAxis);
    }

    public ChartView withCostChartLogAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, logCostAxis, ratingSource, log);
    }

    public ChartView withRatingSource(RatingSource source) {
        return new ChartView(costBasis, trendMetric, logCostAxis, source, costChartLogAxis);
    }
}
