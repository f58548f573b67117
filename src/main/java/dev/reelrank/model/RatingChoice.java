package dev.reelrank.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a project's ratings come from on a day: the source it saved when that still applies, else
 * the best it has. Published scores come first, from the board that rates the most products
 * shown; then head-to-head votes; then each product's aggregate votes (sample votes among them).
 *
 * @param board the board, for published ratings only
 */
public record RatingChoice(RatingSource source, Optional<Leaderboard> board) {
    public RatingChoice {
        Checks.present("source", source);
        board = board == null ? Optional.empty() : board;
        if (board.isPresent() != (source == RatingSource.PUBLISHED)) {
            throw new IllegalArgumentException("a board goes with published ratings, and only with them");
        }
    }

    public static RatingChoice of(RatingSource source) {
        return new RatingChoice(source, Optional.empty());
    }

    public static RatingChoice published(Leaderboard board) {
        return new RatingChoice(RatingSource.PUBLISHED, Optional.of(board));
    }

    /** The saved choice if it still applies to the project on {@code day}, otherwise the default. */
    public static RatingChoice resolve(Project project, LocalDate day) {
        ChartView view = project.view();
        List<Leaderboard> boards = boardsWithRatings(project, day);
        if (view.ratingSource() == RatingSource.PUBLISHED && !boards.isEmpty()) {
            // A saved source with a board that lost its scores keeps the source, on the best board left.
            return published(view.board() != null && boards.contains(view.board()) ? view.board() : boards.getFirst());
        }
        if (view.ratingSource() == RatingSource.AGGREGATE_VOTES
                || (view.ratingSource() == RatingSource.HEAD_TO_HEAD
                        && !project.pairVotes().isEmpty())) {
            return of(view.ratingSource());
        }
        if (!boards.isEmpty()) {
            return published(boards.getFirst());
        }
        return of(project.pairVotes().isEmpty() ? RatingSource.AGGREGATE_VOTES : RatingSource.HEAD_TO_HEAD);
    }

    /**
     * The boards that hold a score of some product of the project by {@code day}, the one rating
     * the most shown products first (then the most products, then the order of {@link Leaderboard}).
     */
    public static List<Leaderboard> boardsWithRatings(Project project, LocalDate day) {
        Comparator<Leaderboard> mostShown = Comparator.comparingLong(board -> -rated(project, board, day, true));
        return Arrays.stream(Leaderboard.values())
                .filter(board -> rated(project, board, day, false) > 0)
                .sorted(mostShown
                        .thenComparingLong(board -> -rated(project, board, day, false))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static long rated(Project project, Leaderboard board, LocalDate day, boolean shownOnly) {
        return project.products().stream()
                .filter(product ->
                        !shownOnly || product.chart().map(ChartStyle::shown).orElse(true))
                .filter(product -> product.publishedOn(board, day).isPresent())
                .count();
    }
}
