package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalRanksTest {
    private static Rating rating(double low, double high) {
        return new Rating((low + high) / 2, low, high, 100);
    }

    @Test
    void productsOverlappingTheTopShareRankOne_andRanksSkipAfterTies() {
        Map<String, Rating> ratings = Map.of(
                "top", rating(1090, 1130),
                "close", rating(1060, 1095),
                "middle", rating(1020, 1060),
                "low", rating(860, 900));
        Map<String, Integer> ranks = IntervalRanks.of(ratings);
        assertEquals(1, ranks.get("top"));
        assertEquals(1, ranks.get("close"), "its interval overlaps the top one's");
        assertEquals(2, ranks.get("middle"), "only the top one lies wholly above it");
        assertEquals(4, ranks.get("low"), "three lie wholly above it");
    }

    @Test
    void groupsThatNeverMet_areRankedApart() {
        Map<String, Rating> ratings = Map.of(
                "a1", rating(1500, 1600), "a2", rating(1000, 1100), "b1", rating(900, 950), "b2", rating(700, 750));
        Map<String, Integer> groups = Map.of("a1", 0, "a2", 0, "b1", 1, "b2", 1);
        Map<String, Integer> ranks = IntervalRanks.of(ratings, groups::get);
        assertEquals(Map.of("a1", 1, "a2", 2, "b1", 1, "b2", 2), ranks);
    }

    @Test
    void agreesWithCountingPairByPair_onRandomRatings() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            Map<String, Rating> ratings = new HashMap<>();
            Map<String, Integer> groups = new HashMap<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                double low = 800 + random.nextInt(400);
                ratings.put("p" + i, rating(low, low + random.nextInt(80)));
                groups.put("p" + i, random.nextInt(3));
            }
            Map<String, Integer> ranks = IntervalRanks.of(ratings, groups::get);
            ratings.forEach((id, r) -> {
                long above = ratings.entrySet().stream()
                        .filter(o -> o.getValue().low() > r.high()
                                && groups.get(o.getKey()).equals(groups.get(id)))
                        .count();
                assertEquals(1 + above, (long) ranks.get(id), id);
            });
        }
    }
}
