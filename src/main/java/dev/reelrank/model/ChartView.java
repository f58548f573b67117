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
 * @param currentOnly  whether charts leave out products discontinued by today, so that a view of
 *                     today's market shows what can be bought
 */
public record ChartView(CostBasis costBasis, TrendMetric trendMetric, boolean logCostAxis, RatingSource ratingSource,
                        boolean costChartLogAxis, boolean currentOnly) {
    public static final ChartView DEFAULT = new ChartView(CostBasis.PER_MINUTE, TrendMetric.RATING, true, null, false,
            false);

    public ChartView {
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(trendMetric, "trendMetric");
    }

    /** A view with the cost chart on a linear axis, showing every product. */
    public ChartView(CostBasis costBasis, TrendMetric trendMetric, boolean logCostAxis, RatingSource ratingSource) {
        this(costBasis, trendMetric, logCostAxis, ratingSource, false, false);
    }

    public ChartView withCostBasis(CostBasis basis) {
        return new ChartView(basis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, currentOnly);
    }

    public ChartView withTrendMetric(TrendMetric metric) {
        return new ChartView(costBasis, metric, logCostAxis, ratingSource, costChartLogAxis, currentOnly);
    }

    public ChartView withLogCostAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, log, ratingSource, costChartLogAxis, currentOnly);
    }

    public ChartView withCostChartLogAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, logCostAxis, ratingSource, log, currentOnly);
    }

    public ChartView withRatingSource(RatingSource source) {
        return new ChartView(costBasis, trendMetric, logCostAxis, source, costChartLogAxis, currentOnly);
    }

    public ChartView withCurrentOnly(boolean current) {
        return new ChartView(costBasis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, current);
    }
}
