package dev.reelrank.model.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialSamplerTest {
    @ParameterizedTest(name = "Binomial({0}, {1})")
    @CsvSource({"1000000, 0.3", "1000000, 0.0004", "50, 0.05", "1000, 0.9", "20, 0.5", "12, 0.999", "200, 0.1"})
    void drawsHaveTheBinomialMeanAndVariance(long n, double p) {
        SplittableRandom random = new SplittableRandom(42);
        int draws = 40_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws; i++) {
            long x = BinomialSampler.sample(random, n, p);
            assertTrue(x >= 0 && x <= n);
            sum += x;
            squares += (double) x * x;
        }
        double mean = sum / draws;
        double variance = squares / draws - mean * mean;
        double expectedVariance = n * p * (1 - p);
        // five standard errors of the mean; variance within 6 %
        assertEquals(n * p, mean, 5 * Math.sqrt(expectedVariance / draws) + 1e-9);
        assertEquals(expectedVariance, variance, 0.06 * expectedVariance + 1e-9);
    }

    @Test
    void multinomial_spreadsExactlyTheTotal_inProportion() {
        SplittableRandom random = new SplittableRandom(7);
        double[] weights = {500, 0, 300, 200};
        double[] sums = new double[4];
        for (int round = 0; round < 2000; round++) {
            double[] counts = BinomialSampler.multinomial(random, 1000, weights);
            assertEquals(1000, counts[0] + counts[1] + counts[2] + counts[3], 0);
            assertEquals(0, counts[1], 0);
            for (int i = 0; i < 4; i++) {
                sums[i] += counts[i];
            }
        }
        assertEquals(500, sums[0] / 2000, 2);
        assertEquals(300, sums[2] / 2000, 2);
        assertEquals(200, sums[3] / 2000, 2);
    }
}
