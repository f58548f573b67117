package dev.reelrank.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A product's score on a public leaderboard as the board published it on a day. The score is on
 * the board's own scale and compares only with scores of the same board; the interval and the
 * vote count are there only where the board publishes them.
 */
public record PublishedRating(
        Leaderboard board,
        LocalDate date,
        BigDecimal score,
        Optional<PublishedInterval> interval,
        Optional<Long> votes,
        Citation citation) {
    /** Boards print four-digit scores; anything far beyond is a typing slip. */
    static final BigDecimal MAX_SCORE = new BigDecimal("1e6");

    public PublishedRating {
        Checks.present("board", board);
        date = Checks.date("date", date);
        score = score("score", score);
        interval = interval == null ? Optional.empty() : interval;
        if (interval.isPresent()
                && (score.compareTo(interval.get().low()) < 0
                        || score.compareTo(interval.get().high()) > 0)) {
            throw new InvalidValueException(
                    "low",
                    "value.scoreOutsideInterval",
                    Checks.plain(score),
                    Checks.plain(interval.get().low()),
                    Checks.plain(interval.get().high()));
        }
        votes = votes == null ? Optional.empty() : votes;
        votes.ifPresent(count -> Checks.count("votes", count));
        Checks.present("citation", citation);
    }

    /**
     * A score or an end of its interval: within ±1e6 and with at most {@value Checks#MAX_DECIMAL_PLACES}
     * decimal places, so that it is written as a plain decimal the reader reads back equal.
     */
    static BigDecimal score(String field, BigDecimal value) {
        Checks.present(field, value);
        if (value.abs().compareTo(MAX_SCORE) > 0) {
            throw new InvalidValueException(field, "value.range", "-1e6", "1e6", Checks.plain(value));
        }
        return Checks.places(field, value);
    }
}
