package dev.reelrank.model.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
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
     * Intervals are bootstrapped for at most this many groups that never met. Ratings of different
     * groups cannot be compared anyway, and a pool of thousands of separate pairs took minutes.
     */
    public static final int MAX_GROUPS_WITH_INTERVALS = 100;
    /**
     * Rounds × pairs with votes that one bootstrap may cost (about a minute on two cores). Above it
     * the rounds are cut to fit; below {@link #MIN_ROUNDS} the intervals are left out.
     */
    public static final long MAX_PAIR_ROUNDS = 50_000_000L;

    public static final int MIN_ROUNDS = 100;

    /**
     * How a fit is run.
     *
     * @param bootstrapRounds resamples for the intervals (0 for none)
     * @param seed            the same seed gives the same intervals, whatever the number of threads
     * @param threads         worker threads for the bootstrap
     */
    public record Options(int bootstrapRounds, long seed, int threads) {
        public Options {
            if (bootstrapRounds < 0 || bootstrapRounds > 1_000_000) {
                throw new IllegalArgumentException(
                        "bootstrap rounds must be from 0 to 1,000,000 (got " + bootstrapRounds + ")");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread");
            }
        }

        public static Options defaults() {
            return new Options(
                    DEFAULT_ROUNDS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
        }
    }

    private BradleyTerry() {}

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
        int[] local = localIndex(members, products);
        int[][] pairsOf = pairsOf(cells, group, groupCount);
        double[] battles = cells.battlesPerProduct();
        double[] theta = new double[products];
        boolean[] heldFinite = new boolean[products];
        List<double[]> starts = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            BradleyTerryFit fit = new BradleyTerryFit(cells, members.get(g).length, local, pairsOf[g]);
            BradleyTerryFit.Result result = fit.fit(null);
            starts.add(result.theta());
            place(members.get(g), result.theta(), theta);
            for (int p : members.get(g)) {
                heldFinite[p] = result.virtualTies();
            }
        }
        double[] rating = toRatings(theta, members);
        int rounds = affordableRounds(options.bootstrapRounds(), groupCount, pairsWithVotes(pairsOf));
        Options affordable = new Options(rounds, options.seed(), options.threads());
        double[][] intervals = bootstrap(cells, members, local, pairsOf, affordable, starts, cancelled);
        List<ProductRating> ratings = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            boolean rated = group[p] >= 0;
            double low = rated ? intervals[p][0] : Double.NaN;
            double high = rated ? intervals[p][1] : Double.NaN;
            ratings.add(new ProductRating(
                    p,
                    rated,
                    rated ? rating[p] : Double.NaN,
                    low,
                    high,
                    0,
                    battles[p],
                    group[p],
                    rated && heldFinite[p]));
        }
        return new RatingsResult(ranked(ratings, members), groupCount, rounds, options.seed());
    }

    /**
     * The bootstrap rounds ReelRank runs when {@code requested} are asked for: all of them, fewer when
     * they would cost more than {@link #MAX_PAIR_ROUNDS}, none for a pool of more than
     * {@link #MAX_GROUPS_WITH_INTERVALS} groups or when fewer than {@link #MIN_ROUNDS} would fit.
     */
    public static int affordableRounds(int requested, int groups, long pairs) {
        if (requested == 0 || groups > MAX_GROUPS_WITH_INTERVALS) {
            return 0;
        }
        if (pairs == 0 || (long) requested * pairs <= MAX_PAIR_ROUNDS) {
            return requested;
        }
        long fit = MAX_PAIR_ROUNDS / pairs;
        return fit < MIN_ROUNDS ? 0 : (int) fit;
    }

    private static long pairsWithVotes(int[][] pairsOf) {
        long pairs = 0;
        for (int[] group : pairsOf) {
            pairs += group.length;
        }
        return pairs;
    }

    private static double[][] bootstrap(
            PairCells cells,
            List<int[]> members,
            int[] local,
            int[][] pairsOf,
            Options options,
            List<double[]> starts,
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
        IntConsumer round = r -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the bootstrap was cancelled");
            }
            double[] counts = BinomialSampler.multinomial(new SplittableRandom(seeds[r]), total, weights);
            PairCells resampled = cells.withCounts(counts);
            double[] theta = new double[products];
            for (int g = 0; g < members.size(); g++) {
                int[] group = members.get(g);
                BradleyTerryFit fit = new BradleyTerryFit(resampled, group.length, local, pairsOf[g]);
                place(group, fit.fit(starts.get(g)).theta(), theta);
            }
            double[] rating = toRatings(theta, members);
            // A resample without any of a product's votes says nothing about it: its fit leaves the
            // product at its group's centre (1000), which would pin the interval of a product with few
            // votes at exactly 1000. Such rounds are left out of that product's interval.
            double[] votes = resampled.battlesPerProduct();
            for (int p = 0; p < products; p++) {
                if (votes[p] == 0) {
                    rating[p] = Double.NaN;
                }
            }
            samples[r] = rating;
        };
        if (options.threads() == 1) {
            for (int r = 0; r < rounds; r++) {
                round.accept(r);
            }
        } else {
            inParallel(rounds, round, options.threads());
        }
        for (int p = 0; p < products; p++) {
            int product = p;
            double[] column = Arrays.stream(samples)
                    .mapToDouble(sample -> sample[product])
                    .filter(rating -> !Double.isNaN(rating))
                    .sorted()
                    .toArray();
            // Every resample gave the same rating: the votes never disagreed (one vote, or each pair's
            // votes all one way), and the bootstrap cannot say how far off the rating may be. A
            // zero-width interval would read as certainty, so there is none.
            boolean spread = column.length > 1 && column[0] != column[column.length - 1];
            interval[p][0] = spread ? percentile(column, 2.5) : Double.NaN;
            interval[p][1] = spread ? percentile(column, 97.5) : Double.NaN;
        }
        return interval;
    }

    private static void inParallel(int rounds, IntConsumer round, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, rounds).parallel().forEach(round))
                    .get();
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
    private static double[][] fromPoint(
            PairCells cells, List<int[]> members, List<double[]> starts, double[][] interval) {
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

    /**
     * Rank = 1 + the number of products in the same group whose lower bound is above this one's upper
     * bound. Counted within each group, so that many small groups cost no more than one big one.
     */
    private static List<ProductRating> ranked(List<ProductRating> ratings, List<int[]> members) {
        int[] rank = new int[ratings.size()];
        for (int[] group : members) {
            // A NaN bound is above nothing, as the comparison it replaces said.
            double[] lows = Arrays.stream(group)
                    .mapToDouble(p -> ratings.get(p).low())
                    .filter(low -> !Double.isNaN(low))
                    .sorted()
                    .toArray();
            for (int p : group) {
                double high = ratings.get(p).high();
                // lows strictly above high: the length minus the first index whose low exceeds high
                int firstAbove = upperBound(lows, high);
                rank[p] = 1 + lows.length - firstAbove;
            }
        }
        List<ProductRating> result = new ArrayList<>();
        for (ProductRating r : ratings) {
            result.add(new ProductRating(
                    r.product(),
                    r.rated(),
                    r.rating(),
                    r.low(),
                    r.high(),
                    r.rated() ? rank[r.product()] : 0,
                    r.battles(),
                    r.group(),
                    r.heldFinite()));
        }
        return result;
    }

    /** The first index whose value is greater than {@code key} in ascending {@code sorted}. */
    private static int upperBound(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] > key) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
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

    /** Each product's position within its own group (-1 without votes): one array serves every group. */
    private static int[] localIndex(List<int[]> members, int products) {
        int[] local = new int[products];
        Arrays.fill(local, -1);
        for (int[] group : members) {
            for (int i = 0; i < group.length; i++) {
                local[group[i]] = i;
            }
        }
        return local;
    }

    /** Each group's pairs with votes, so that a fit reads only its own (20,000 groups took minutes). */
    private static int[][] pairsOf(PairCells cells, int[] group, int groupCount) {
        int[] count = new int[groupCount];
        for (int pair = 0; pair < cells.pairs(); pair++) {
            if (cells.battles(pair) > 0) {
                count[group[cells.a(pair)]]++;
            }
        }
        int[][] pairs = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            pairs[g] = new int[count[g]];
        }
        int[] filled = new int[groupCount];
        for (int pair = 0; pair < cells.pairs(); pair++) {
            if (cells.battles(pair) > 0) {
                int g = group[cells.a(pair)];
                pairs[g][filled[g]++] = pair;
            }
        }
        return pairs;
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
        return lists.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }
}
