package dev.reelrank.model;

import java.util.Objects;

/**
 * How a project's charts were last shown, saved with it so that it reopens, and exports from the
 * command line, the way its author left it.
 *
 * @param costBasis    what the cost chart compares
 * @param trendMetric  what the trend chart follows
 * @param logCostAxis  whether the value chart's cost axis is logarithmic
 * @param ratingSource where ratings come from, or null to follow the project (published scores, then
 *                     head-to-head votes, then aggregate votes, whichever it has first)
 * @param costChartLogAxis whether the cost chart's axis is logarithmic: one costly product then no
 *                     longer squeezes the others into slivers
 * @param board        the leaderboard published ratings are read from, or null to take the one that
 *                     rates the most products shown
 * @param currentOnly  whether charts leave out products discontinued by today, so that a view of
 *                     today's market shows what can be bought
 */
public record ChartView(
        CostBasis costBasis,
        TrendMetric trendMetric,
        boolean logCostAxis,
        RatingSource ratingSource,
        boolean costChartLogAxis,
        Leaderboard board,
        boolean currentOnly,
        VoteScope votes) {
    public static final ChartView DEFAULT =
            new ChartView(CostBasis.PER_MINUTE, TrendMetric.RATING, true, null, false, null, false, VoteScope.TALLIES);

    public ChartView {
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(trendMetric, "trendMetric");
        votes = votes == null ? VoteScope.TALLIES : votes;
    }

    /** A view of the typed and imported head-to-head tallies. */
    public ChartView(
            CostBasis costBasis,
            TrendMetric trendMetric,
            boolean logCostAxis,
            RatingSource ratingSource,
            boolean costChartLogAxis,
            Leaderboard board,
            boolean currentOnly) {
        this(
                costBasis,
                trendMetric,
                logCostAxis,
                ratingSource,
                costChartLogAxis,
                board,
                currentOnly,
                VoteScope.TALLIES);
    }

    /** A view that leaves the board to the project and shows every product. */
    public ChartView(
            CostBasis costBasis,
            TrendMetric trendMetric,
            boolean logCostAxis,
            RatingSource ratingSource,
            boolean costChartLogAxis) {
        this(costBasis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, null, false, VoteScope.TALLIES);
    }

    /** A view with the cost chart on a linear axis. */
    public ChartView(CostBasis costBasis, TrendMetric trendMetric, boolean logCostAxis, RatingSource ratingSource) {
        this(costBasis, trendMetric, logCostAxis, ratingSource, false);
    }

    public ChartView withCostBasis(CostBasis basis) {
        return new ChartView(
                basis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, board, currentOnly, votes);
    }

    public ChartView withTrendMetric(TrendMetric metric) {
        return new ChartView(costBasis, metric, logCostAxis, ratingSource, costChartLogAxis, board, currentOnly, votes);
    }

    public ChartView withLogCostAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, log, ratingSource, costChartLogAxis, board, currentOnly, votes);
    }

    public ChartView withCostChartLogAxis(boolean log) {
        return new ChartView(costBasis, trendMetric, logCostAxis, ratingSource, log, board, currentOnly, votes);
    }

    public ChartView withRatingSource(RatingSource source) {
        return new ChartView(costBasis, trendMetric, logCostAxis, source, costChartLogAxis, board, currentOnly, votes);
    }

    public ChartView withBoard(Leaderboard chosen) {
        return new ChartView(
                costBasis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, chosen, currentOnly, votes);
    }

    public ChartView withCurrentOnly(boolean current) {
        return new ChartView(
                costBasis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, board, current, votes);
    }

    public ChartView withVotes(VoteScope scope) {
        return new ChartView(
                costBasis, trendMetric, logCostAxis, ratingSource, costChartLogAxis, board, currentOnly, scope);
    }
}
