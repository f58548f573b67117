package dev.reelrank.model.ratings;

import java.util.Arrays;
import java.util.Random;

/**
 * The straightforward way, as the arenas' notebooks do it, for comparison: each bootstrap round
 * draws a million battles with replacement, tallies them, and fits from scratch (Zermelo's
 * iteration, ties as half wins).
 */
final class NaiveBradleyTerry {
    private NaiveBradleyTerry() {}

    static double[] round(ArenaData data, Random random) {
        int n = data.a.length;
        int p = data.products;
        double[][] wins = new double[p][p];
        double[][] games = new double[p][p];
        for (int k = 0; k < n; k++) {
            int pick = random.nextInt(n);
            int x = data.a[pick];
            int y = data.b[pick];
            games[x][y]++;
            games[y][x]++;
            switch (data.outcome[pick]) {
                case 0 -> wins[x][y]++;
                case 1 -> wins[y][x]++;
                default -> {
                    wins[x][y] += 0.5;
                    wins[y][x] += 0.5;
                }
            }
        }
        return fit(p, wins, games);
    }

    static double[] fit(int p, double[][] wins, double[][] games) {
        double[] strength = new double[p];
        Arrays.fill(strength, 1);
        double[] total = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                total[i] += wins[i][j];
            }
        }
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double change = 0;
            double[] next = new double[p];
            for (int i = 0; i < p; i++) {
                double denominator = 0;
                for (int j = 0; j < p; j++) {
                    if (games[i][j] > 0) {
                        denominator += games[i][j] / (strength[i] + strength[j]);
                    }
                }
                next[i] = total[i] / denominator;
            }
            double logMean = 0;
            for (double s : next) {
                logMean += Math.log(s);
            }
            logMean /= p;
            for (int i = 0; i < p; i++) {
                next[i] /= Math.exp(logMean);
                change = Math.max(change, Math.abs(Math.log(next[i] / strength[i])));
            }
            strength = next;
            if (change < 1e-9) {
                break;
            }
        }
        double[] rating = new double[p];
        for (int i = 0; i < p; i++) {
            rating[i] = 1000 + 400 * Math.log10(strength[i]);
        }
        return rating;
    }
}
