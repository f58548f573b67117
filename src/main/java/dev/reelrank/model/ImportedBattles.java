package dev.reelrank.model;

import dev.reelrank.model.ratings.PairCells;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Head-to-head votes read from a file, by the names the file uses: for each pair of names, how
 * often the first won, how often the second won, and the ties.
 *
 * @param names   every name, in the order it first appeared
 * @param counts  for each pair {@code (i, j)} with i < j (indices into names) packed as
 *                {@code (long) i << 32 | j} (see {@link #key}): the votes seen from i
 * @param origins for each pair (same keys), the rows of the file it came from, where known: so
 *                that a pair left out later (its two names are one product) can be said by line
 */
public record ImportedBattles(List<String> names, Map<Long, PairTally> counts, Map<Long, Origin> origins) {
    /** The rows a pair came from: the line of its first, and how many. */
    public record Origin(long firstLine, long rows) {}

    public ImportedBattles {
        names = List.copyOf(names);
        // Sorted by pair, never in a hash order: the bootstrap draws cell by cell, so the cell order
        // must be the same in every run for a seed to give the same intervals.
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
        // A tree, as counts: Map.copyOf probes linearly on Long's hash (i ^ j for a pair key), and
        // 2,000,000 pairs of 2,000 models share 2,048 hashes, which took minutes.
        origins = Collections.unmodifiableMap(new TreeMap<>(origins));
    }

    /** Votes whose rows are not known (typed, or built in a test). */
    public ImportedBattles(List<String> names, Map<Long, PairTally> counts) {
        this(names, counts, Map.of());
    }

    public static long key(int first, int second) {
        return ((long) Math.min(first, second) << 32) | Math.max(first, second);
    }

    public long battles() {
        return counts.values().stream().mapToLong(PairTally::total).sum();
    }

    /** The votes as the ratings engine reads them, products in the order of {@link #names()}. */
    public PairCells cells() {
        PairCells.Builder builder = new PairCells.Builder(names.size());
        counts.forEach((key, c) ->
                builder.add((int) (key >>> 32), (int) (key & 0xFFFFFFFFL), c.firstWins(), c.secondWins(), c.ties()));
        return builder.build();
    }
}
