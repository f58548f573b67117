package dev.reelrank.model;

/**
 * The votes between two products, seen from the first: how often each won, and the ties. A pair
 * that never met has {@link #NONE}.
 */
public record PairTally(long firstWins, long secondWins, long ties) {
    public static final PairTally NONE = new PairTally(0, 0, 0);

    public PairTally {
        Checks.count("firstWins", firstWins);
        Checks.count("secondWins", secondWins);
        Checks.count("ties", ties);
    }

    /** The same votes seen from the second product. */
    public PairTally swapped() {
        return new PairTally(secondWins, firstWins, ties);
    }

    public PairTally plus(PairTally other) {
        return new PairTally(firstWins + other.firstWins, secondWins + other.secondWins, ties + other.ties);
    }

    public long total() {
        return firstWins + secondWins + ties;
    }
}
