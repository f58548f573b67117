package dev.reelrank.model.ratings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pairwise votes collapsed to cells: for each pair of products (a, b), how often a won, how often
 * b won and how often voters called a tie. A million battles between 50 products are at most
 * 1,225 pairs of three cells, which is all the fit and the bootstrap need.
 */
public final class PairCells {
    private final int products;
    private final int[] a;
    private final int[] b;
    private final double[] aWins;
    private final double[] bWins;
    private final double[] ties;

    PairCells(int products, int[] a, int[] b, double[] aWins, double[] bWins, double[] ties) {
        this.products = products;
        this.a = a;
        this.b = b;
        this.aWins = aWins;
        this.bWins = bWins;
        this.ties = ties;
    }

    /** Collects counts pair by pair; the same unordered pair may be added several times. */
    public static final class Builder {
        private final int products;
        private final Map<Long, double[]> cells = new LinkedHashMap<>();

        public Builder(int products) {
            if (products < 0) {
                throw new IllegalArgumentException("a negative number of products");
            }
            this.products = products;
        }

        /** As {@link #add(int, int, double, double, double)}, for whole vote counts. */
        public Builder add(int first, int second, long firstWins, long secondWins, long tied) {
            // A double counts every vote exactly up to 2^53; no tally comes near that.
            return add(first, second, (double) firstWins, (double) secondWins, (double) tied);
        }

        /** Adds votes between products {@code first} and {@code second} (indices, different). */
        public Builder add(int first, int second, double firstWins, double secondWins, double tied) {
            if (first == second) {
                throw new IllegalArgumentException("a product cannot be compared with itself");
            }
            if (first < 0 || second < 0 || first >= products || second >= products) {
                throw new IllegalArgumentException("no product " + Math.max(first, second));
            }
            if (!(firstWins >= 0 && secondWins >= 0 && tied >= 0) || !Double.isFinite(firstWins + secondWins + tied)) {
                throw new IllegalArgumentException("vote counts must be finite and 0 or more");
            }
            int low = Math.min(first, second);
            int high = Math.max(first, second);
            double[] cell = cells.computeIfAbsent(PairKeys.spread(((long) low << 32) | high), key -> new double[3]);
            cell[0] += first == low ? firstWins : secondWins;
            cell[1] += first == low ? secondWins : firstWins;
            cell[2] += tied;
            return this;
        }

        public PairCells build() {
            int size = cells.size();
            int[] as = new int[size];
            int[] bs = new int[size];
            double[] aw = new double[size];
            double[] bw = new double[size];
            double[] tw = new double[size];
            int i = 0;
            for (var entry : cells.entrySet()) {
                long key = PairKeys.unspread(entry.getKey());
                as[i] = (int) (key >>> 32);
                bs[i] = (int) (key & 0xFFFFFFFFL);
                aw[i] = entry.getValue()[0];
                bw[i] = entry.getValue()[1];
                tw[i] = entry.getValue()[2];
                i++;
            }
            return new PairCells(products, as, bs, aw, bw, tw);
        }
    }

    public int products() {
        return products;
    }

    public int pairs() {
        return a.length;
    }

    int a(int pair) {
        return a[pair];
    }

    int b(int pair) {
        return b[pair];
    }

    double aWins(int pair) {
        return aWins[pair];
    }

    double bWins(int pair) {
        return bWins[pair];
    }

    double ties(int pair) {
        return ties[pair];
    }

    double battles(int pair) {
        return aWins[pair] + bWins[pair] + ties[pair];
    }

    /** All votes, the total a bootstrap resample redistributes. */
    public double total() {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += battles(i);
        }
        return sum;
    }

    /** Battles each product took part in. */
    public double[] battlesPerProduct() {
        double[] count = new double[products];
        for (int i = 0; i < a.length; i++) {
            count[a[i]] += battles(i);
            count[b[i]] += battles(i);
        }
        return count;
    }

    /** The same pairs with other counts (a bootstrap resample): three counts per pair, in pair order. */
    PairCells withCounts(double[] counts) {
        int size = a.length;
        double[] aw = new double[size];
        double[] bw = new double[size];
        double[] tw = new double[size];
        for (int i = 0; i < size; i++) {
            aw[i] = counts[3 * i];
            bw[i] = counts[3 * i + 1];
            tw[i] = counts[3 * i + 2];
        }
        return new PairCells(products, a, b, aw, bw, tw);
    }

    /** Counts in resampling order: a wins, b wins, ties, pair after pair. */
    double[] counts() {
        double[] counts = new double[3 * a.length];
        for (int i = 0; i < a.length; i++) {
            counts[3 * i] = aWins[i];
            counts[3 * i + 1] = bWins[i];
            counts[3 * i + 2] = ties[i];
        }
        return counts;
    }

    @Override
    public String toString() {
        return "PairCells[" + products + " products, " + a.length + " pairs, "
                + Arrays.stream(counts()).sum() + " votes]";
    }
}
