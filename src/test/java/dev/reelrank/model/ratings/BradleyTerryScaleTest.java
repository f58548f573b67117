package dev.reelrank.model.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ratings engine on pools the dense, whole-pool way could not finish (issue 16, bounded input). */
class BradleyTerryScaleTest {

    /** A sparse random pool: each product meets a few others; about one in ten votes is a tie. */
    private static PairCells sparsePool(int products, int pairsPerProduct, boolean everyoneWinsSometimes, long seed) {
        Random random = new Random(seed);
        double[] strength = random.doubles(products, -1.5, 1.5).toArray();
        PairCells.Builder builder = new PairCells.Builder(products);
        for (int i = 0; i < products; i++) {
            // a ring keeps the pool connected; the rest are random opponents
            builder.add(i, (i + 1) % products, everyoneWinsSometimes ? 3 : 4, everyoneWinsSometimes ? 2 : 0, 1);
            for (int k = 1; k < pairsPerProduct; k++) {
                int j = random.nextInt(products);
                if (j != i) {
                    double p = BradleyTerryFit.sigmoid(strength[i] - strength[j]);
                    int n = 5 + random.nextInt(30);
                    int wins = (int) Math.round(n * p);
                    builder.add(i, j, wins, n - wins, random.nextInt(3));
                }
            }
        }
        return builder.build();
    }

    private static double[] solve(PairCells cells, boolean dense) {
        int products = cells.products();
        int[] local = new int[products];
        int[] pairs = new int[cells.pairs()];
        for (int i = 0; i < products; i++) {
            local[i] = i;
        }
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = k;
        }
        return new BradleyTerryFit(cells, products, local, pairs)
                .fit(null, dense)
                .theta();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void conjugateGradients_giveTheSameRatingsAsTheExactSolve(boolean stronglyConnected) {
        PairCells cells = sparsePool(400, 6, stronglyConnected, stronglyConnected ? 7 : 8);
        double[] exact = solve(cells, true);
        double[] sparse = solve(cells, false);
        for (int p = 0; p < exact.length; p++) {
            // theta is in natural-log odds; 1e-7 of it is far below a hundredth of a rating point
            assertEquals(exact[p], sparse[p], 1e-7, "product " + p);
        }
    }

    @Test
    void aGroupAboveTheDenseLimit_isRatedWithIntervals_andItsFitSolvesTheLikelihood() {
        PairCells cells = sparsePool(BradleyTerryFit.DENSE_LIMIT * 3, 5, true, 11);
        RatingsResult result = BradleyTerry.rate(cells, new BradleyTerry.Options(50, 3, 2));
        assertEquals(1, result.groups());
        double mean = 0;
        for (int p = 0; p < cells.products(); p++) {
            ProductRating r = result.of(p);
            assertTrue(
                    r.low() <= r.rating() + 1e-6 && r.rating() <= r.high() + 1e-6, "interval around the point, " + p);
            mean += r.rating();
        }
        assertEquals(1000, mean / cells.products(), 1e-6);
    }

    @Test
    void manySmallGroups_eachTwoProductsAtEvenOdds_areRatedAndRankedWithinTheirGroup() {
        int groups = 5_000;
        PairCells.Builder builder = new PairCells.Builder(2 * groups);
        for (int g = 0; g < groups; g++) {
            builder.add(2 * g, 2 * g + 1, 1 + g % 3, 1 + g % 3, 0);
        }
        RatingsResult result = BradleyTerry.fit(builder.build());
        assertEquals(groups, result.groups());
        for (int p = 0; p < 2 * groups; p++) {
            assertEquals(1000, result.of(p).rating(), 1e-9);
            assertEquals(1, result.of(p).rank(), "even odds: nobody in a pair is ahead");
        }
    }

    @Test
    void rank_countsTheProductsOfTheSameGroupWhoseWholeIntervalIsAbove() {
        // 0 beats 1 beats 2 by a wide margin, each meeting only its neighbour: the point intervals separate them
        PairCells cells = new PairCells.Builder(3)
                .add(0, 1, 90, 10, 0)
                .add(1, 2, 90, 10, 0)
                .build();
        RatingsResult result = BradleyTerry.fit(cells);
        assertEquals(
                Arrays.asList(1, 2, 3),
                Arrays.asList(
                        result.of(0).rank(), result.of(1).rank(), result.of(2).rank()));
    }

    @Test
    void intervals_areLeftOutForMoreThanAHundredGroups_andCutToFitForManyPairs() {
        assertEquals(1000, BradleyTerry.affordableRounds(1000, 100, 50_000));
        assertEquals(0, BradleyTerry.affordableRounds(1000, 101, 202), "too many separate groups");
        assertEquals(500, BradleyTerry.affordableRounds(1000, 1, 100_000), "rounds cut to the budget");
        assertEquals(0, BradleyTerry.affordableRounds(1000, 1, 2_000_000), "fewer than 100 rounds would fit");
        assertEquals(0, BradleyTerry.affordableRounds(0, 1, 10));

        PairCells.Builder builder = new PairCells.Builder(2 * 101);
        for (int g = 0; g < 101; g++) {
            builder.add(2 * g, 2 * g + 1, 3, 1, 0);
        }
        RatingsResult result = BradleyTerry.rate(builder.build(), BradleyTerry.Options.defaults());
        assertEquals(0, result.bootstrapRounds(), "says no rounds were run");
        assertEquals(result.of(0).rating(), result.of(0).low(), 1e-9);
        assertEquals(result.of(0).rating(), result.of(0).high(), 1e-9);
    }
}
