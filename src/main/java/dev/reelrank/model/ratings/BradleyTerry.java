package dev.reelrank.model.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Ratings from pairwise votes, as the public arenas compute them: a Bradley–Terry
 * maximum-likelihood fit on the 400-point scale (P(a beats b) = 1 / (1 + 10^((Rb − Ra)/400))),
 * each group of connected products centred on 1000, and 95 % intervals from a bootstrap that
 * resamples the votes (multinomially, over the pair-and-outcome cells) and refits.
 */
public final class BradleyTerry {
    public static final int DEFAULT_ROUNDS = 1000;
    public static final long DEFAULT_SEED = 20250301L;

    /**
     * @param bootstrapRounds resamples for the intervals (0 for none)
     * @param seed            the same seed gives the same intervals, whatever the number of threads
     * @param threads         worker threads for the bootstrap
     */
    public record Options(int bootstrapRounds, long seed, int threads) {
        public Options {
            if (bootstrapRounds < 0 || bootstrapRounds > 1_000_000) {
                throw new IllegalArgumentException("bootstrap rounds must be from 0 to 1,000,000 (got "
                        + bootstrapRounds + ")");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_ROUNDS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
        }
    }

    private BradleyTerry() {
    }

    /** The point estimates alone: fast enough to follow every edit. */
    public static RatingsResult fit(PairCells cells) {
        return rate(cells, new Options(0, DEFAULT_SEED, 1));
    }

    public static RatingsResult rate(PairCells cells, Options options) {
        return rate(cells, options, () -> false);
    }

    /**
     * The same, stopping with a {@link CancellationException} as soon as {@code cancelled} says so: it
     * is asked before each bootstrap round. With one thread the rounds run on the calling thread, so
     * a caller on a pool of its own starts no other threads.
     */
    public static RatingsResult rate(PairCells cells, Options options, BooleanSupplier cancelled) {
        int products = cells.products();
        int[] group = groups(cells);
        int groupCount = Arrays.stream(group).max().orElse(-1) + 1;
        List<int[]> members = members(group, groupCount);
        double[] battles = cells.battlesPerProduct();
        List<BradleyTerryFit> fits = new ArrayList<>();
        double[] theta = new double[products];
        boolean[] heldFinite = new boolean[products];
        List<double[]> starts = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int[] local = localIndex(members.get(g), products);
            BradleyTerryFit fit = new BradleyTerryFit(cells, members.get(g), local);
            BradleyTerryFit.Result result = fit.fit(null);
            fits.add(fit);
            starts.add(result.theta());
            place(members.get(g), result.theta(), theta);
            for (int p : members.get(g)) {
                heldFinite[p] = result.virtualTies();
            }
        }
        double[] rating = toRatings(theta, members);
        double[][] intervals = bootstrap(cells, members, options, starts, cancelled);
        List<ProductRating> ratings = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            boolean rated = group[p] >= 0;
            double low = rated ? intervals[p][0] : Double.NaN;
            double high = rated ? intervals[p][1] : Double.NaN;
            ratings.add(new ProductRating(p, rated, rated ? rating[p] : Double.NaN, low, high, 0, battles[p],
                    group[p], rated && heldFinite[p]));
        }
        return new RatingsResult(ranked(ratings), groupCount, options.bootstrapRounds(), options.seed());
    }

    private static double[][] bootstrap(PairCells cells, List<int[]> members, Options options, List<double[]> starts,
                                        BooleanSupplier cancelled) {
        int products = cells.products();
        double[][] interval = new double[products][2];
        if (options.bootstrapRounds() == 0) {
            return fromPoint(cells, members, starts, interval);
        }
        int rounds = options.bootstrapRounds();
        long[] seeds = new long[rounds];
        SplittableRandom root = new SplittableRandom(options.seed());
        for (int r = 0; r < rounds; r++) {
            seeds[r] = root.nextLong();
        }
        double[] weights = cells.counts();
        long total = Math.round(cells.total());
        double[][] samples = new double[rounds][];
        java.util.function.IntConsumer round = r -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the bootstrap was cancelled");
            }
            double[] counts = BinomialSampler.multinomial(new SplittableRandom(seeds[r]), total, weights);
            PairCells resampled = cells.withCounts(counts);
            double[] theta = new double[products];
            for (int g = 0; g < members.size(); g++) {
                int[] group = members.get(g);
                BradleyTerryFit fit = new BradleyTerryFit(resampled, group, localIndex(group, products));
                place(group, fit.fit(starts.get(g)).theta(), theta);
            }
            samples[r] = toRatings(theta, members);
        };
        if (options.threads() == 1) {
            for (int r = 0; r < rounds; r++) {
                round.accept(r);
            }
        } else {
            inParallel(rounds, round, options.threads());
        }
        double[] column = new double[rounds];
        for (int p = 0; p < products; p++) {
            for (int r = 0; r < rounds; r++) {
                column[r] = samples[r][p];
            }
            Arrays.sort(column);
            interval[p][0] = percentile(column, 2.5);
            interval[p][1] = percentile(column, 97.5);
        }
        return interval;
    }

    private static void inParallel(int rounds, java.util.function.IntConsumer round, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, rounds).parallel().forEach(round)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the bootstrap was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("the bootstrap failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Without a bootstrap the interval is the point itself. */
    private static double[][] fromPoint(PairCells cells, List<int[]> members, List<double[]> starts,
                                        double[][] interval) {
        double[] theta = new double[cells.products()];
        for (int g = 0; g < members.size(); g++) {
            place(members.get(g), starts.get(g), theta);
        }
        double[] rating = toRatings(theta, members);
        for (int p = 0; p < rating.length; p++) {
            interval[p][0] = rating[p];
            interval[p][1] = rating[p];
        }
        return interval;
    }

    /** The q-th percentile of sorted values, interpolating linearly as NumPy does by default. */
    static double percentile(double[] sorted, double q) {
        double position = q / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Rank = 1 + the number of products in the same group whose lower bound is above this one's upper bound. */
    private static List<ProductRating> ranked(List<ProductRating> ratings) {
        List<ProductRating> result = new ArrayList<>();
        for (ProductRating r : ratings) {
            int rank = 0;
            if (r.rated()) {
                rank = 1;
                for (ProductRating other : ratings) {
                    if (other.rated() && other.group() == r.group() && other.low() > r.high()) {
                        rank++;
                    }
                }
            }
            result.add(new ProductRating(r.product(), r.rated(), r.rating(), r.low(), r.high(), rank, r.battles(),
                    r.group(), r.heldFinite()));
        }
        return result;
    }

    /** Each group centred on 1000 on the 400-point scale. */
    private static double[] toRatings(double[] theta, List<int[]> members) {
        double[] rating = new double[theta.length];
        for (int[] group : members) {
            double mean = 0;
            for (int p : group) {
                mean += theta[p];
            }
            mean /= group.length;
            for (int p : group) {
                rating[p] = 1000 + BradleyTerryFit.SCALE * (theta[p] - mean);
            }
        }
        return rating;
    }

    private static void place(int[] group, double[] local, double[] theta) {
        for (int i = 0; i < group.length; i++) {
            theta[group[i]] = local[i];
        }
    }

    private static int[] localIndex(int[] group, int products) {
        int[] local = new int[products];
        Arrays.fill(local, -1);
        for (int i = 0; i < group.length; i++) {
            local[group[i]] = i;
        }
        return local;
    }

    /** Groups of products joined by any votes; -1 for products without votes. */
    static int[] groups(PairCells cells) {
        int products = cells.products();
        int[] parent = new int[products];
        for (int i = 0; i < products; i++) {
            parent[i] = i;
        }
        boolean[] voted = new boolean[products];
        for (int pair = 0; pair < cells.pairs(); pair++) {
            if (cells.battles(pair) > 0) {
                voted[cells.a(pair)] = true;
                voted[cells.b(pair)] = true;
                parent[find(parent, cells.a(pair))] = find(parent, cells.b(pair));
            }
        }
        int[] group = new int[products];
        int[] idOfRoot = new int[products];
        Arrays.fill(idOfRoot, -1);
        int next = 0;
        for (int p = 0; p < products; p++) {
            if (!voted[p]) {
                group[p] = -1;
                continue;
            }
            int root = find(parent, p);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = next++;
            }
            group[p] = idOfRoot[root];
        }
        return group;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static List<int[]> members(int[] group, int groupCount) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            lists.add(new ArrayList<>());
        }
        for (int p = 0; p < group.length; p++) {
            if (group[p] >= 0) {
                lists.get(group[p]).add(p);
            }
        }
        return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
