package dev.reelrank.model.ratings;

import java.util.Arrays;

/**
 * An independent Bradley–Terry fit for the tests: Zermelo's iteration (Hunter's MM algorithm),
 * π_i ← W_i / Σ_j n_ij / (π_i + π_j), with ties counted as half a win for each side.
 */
final class MinorizationMaximization {
    private MinorizationMaximization() {}

    /** Ratings on the 400-point scale, centred on 1000, for one strongly connected group. */
    static double[] ratings(int products, int[][] wins, int[][] ties) {
        double[] strength = new double[products];
        Arrays.fill(strength, 1);
        for (int iteration = 0; iteration < 200_000; iteration++) {
            double[] next = new double[products];
            double change = 0;
            for (int i = 0; i < products; i++) {
                double won = 0;
                double denominator = 0;
                for (int j = 0; j < products; j++) {
                    if (i == j) {
                        continue;
                    }
                    double n = wins[i][j] + wins[j][i] + ties[i][j] + ties[j][i];
                    won += wins[i][j] + (ties[i][j] + ties[j][i]) / 2.0;
                    if (n > 0) {
                        denominator += n / (strength[i] + strength[j]);
                    }
                }
                next[i] = won / denominator;
            }
            double logMean = 0;
            for (double s : next) {
                logMean += Math.log(s);
            }
            logMean /= products;
            for (int i = 0; i < products; i++) {
                next[i] /= Math.exp(logMean);
                change = Math.max(change, Math.abs(Math.log(next[i] / strength[i])));
            }
            strength = next;
            if (change < 1e-13) {
                break;
            }
        }
        double[] rating = new double[products];
        for (int i = 0; i < products; i++) {
            rating[i] = 1000 + 400 * Math.log10(strength[i]);
        }
        return rating;
    }
}
