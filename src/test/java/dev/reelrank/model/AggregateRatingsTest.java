package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AggregateRatingsTest {
    private static final Provenance SOURCE = new Provenance("test", LocalDate.of(2025, 3, 1));

    private static Rating rating(long wins, long losses, long ties) {
        return AggregateRatings.of(new VoteTally(wins, losses, ties, false, SOURCE))
                .orElseThrow();
    }

    @Test
    void evenRecord_isRatedAtTheCentreOfTheScale() {
        Rating even = rating(500, 500, 0);
        assertEquals(1000, even.value(), 1e-9);
        assertEquals(1000 - even.low(), even.high() - 1000, 1e-9, "symmetric interval");
    }

    @Test
    void rating_followsTheAdjustedShareOnThe400PointScale() {
        // p = (1240 + 150/2 + 0.5) / 2001; rating = 1000 + 400 log10(p / (1 - p))
        double p = (1240 + 75 + 0.5) / 2001.0;
        assertEquals(
                1000 + 400 * Math.log10(p / (1 - p)), rating(1240, 610, 150).value(), 1e-9);
        assertEquals(1113.2, rating(1240, 610, 150).value(), 0.05);
    }

    @Test
    void tenToOneOdds_areFourHundredPointsAbove() {
        // 9 wins and a tie: (9 + 0.5 + 0.5) is 10 times (0 + 0.5 + 0.5), i.e. 10:1 odds
        assertEquals(1400, rating(9, 0, 1).value(), 1e-9);
    }

    @Test
    void interval_isTheWilsonIntervalMappedToTheScale() {
        Rating r = rating(1240, 610, 150);
        double n = 2001;
        double p = 1315.5 / n;
        double z = 1.959963984540054;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        assertEquals(AggregateRatings.scale(centre - half), r.low(), 1e-9);
        assertEquals(AggregateRatings.scale(centre + half), r.high(), 1e-9);
    }

    @Test
    void moreVotes_narrowTheInterval() {
        Rating few = rating(12, 6, 2);
        Rating many = rating(1200, 600, 200);
        assertTrue(many.high() - many.low() < few.high() - few.low());
    }

    @Test
    void allWinsOrAllLosses_stayFinite() {
        Rating allWins = rating(50, 0, 0);
        Rating allLosses = rating(0, 50, 0);
        assertTrue(Double.isFinite(allWins.value()) && allWins.value() > 1500);
        assertTrue(Double.isFinite(allLosses.value()) && allLosses.value() < 500);
    }

    @Test
    void noVotes_giveNoRating_neverAThousand() {
        assertTrue(AggregateRatings.of(new VoteTally(0, 0, 0, true, SOURCE)).isEmpty());
        assertTrue(AggregateRatings.of(null).isEmpty());
    }
}
