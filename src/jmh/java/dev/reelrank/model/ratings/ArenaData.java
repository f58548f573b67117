package dev.reelrank.model.ratings;

import java.util.SplittableRandom;

/** A synthetic arena: products with spread-out strengths and a million battles between random pairs. */
final class ArenaData {
    final int products;
    final int[] a;
    final int[] b;
    /** 0: a won, 1: b won, 2: tie. */
    final byte[] outcome;

    ArenaData(int products, int battles, long seed) {
        this.products = products;
        SplittableRandom random = new SplittableRandom(seed);
        double[] strength = new double[products];
        for (int i = 0; i < products; i++) {
            strength[i] = random.nextDouble(-1.5, 1.5);
        }
        a = new int[battles];
        b = new int[battles];
        outcome = new byte[battles];
        for (int k = 0; k < battles; k++) {
            int x = random.nextInt(products);
            int y = random.nextInt(products - 1);
            if (y >= x) {
                y++;
            }
            a[k] = x;
            b[k] = y;
            double u = random.nextDouble();
            if (u < 0.08) {
                outcome[k] = 2;
            } else {
                outcome[k] = (byte) (random.nextDouble() < BradleyTerryFit.sigmoid(strength[x] - strength[y]) ? 0 : 1);
            }
        }
    }

    PairCells cells() {
        PairCells.Builder builder = new PairCells.Builder(products);
        for (int k = 0; k < a.length; k++) {
            builder.add(a[k], b[k], outcome[k] == 0 ? 1 : 0, outcome[k] == 1 ? 1 : 0, outcome[k] == 2 ? 1 : 0);
        }
        return builder.build();
    }
}
