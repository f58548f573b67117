package dev.reelrank.model.ratings;

/**
 * Pair keys as hash-map keys. A pair packed as {@code (long) i << 32 | j} hashes, as a Long, to
 * {@code i ^ j}: 2,000 models give only 2,048 hashes for 2,000,000 pairs, and a HashMap of them
 * degrades to trees (reading such a file took 19 s, most of it comparing keys). Multiplying by an
 * odd constant mixes the halves and can be undone, so a map can hold the mixed key and give the
 * pair back.
 */
public final class PairKeys {
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = inverse(MIX);

    private PairKeys() {}

    public static long spread(long pairKey) {
        return pairKey * MIX;
    }

    public static long unspread(long spread) {
        return spread * UNMIX;
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
