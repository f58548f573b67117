package dev.reelrank.model;

/**
 * Blind-test votes between two products: how often each won and how often voters called a tie.
 *
 * @param a product id of the first product
 * @param b product id of the second product; never the same as {@code a}
 */
public record HeadToHead(String a, String b, long aWins, long bWins, long ties, boolean sample, Provenance provenance) {
    public HeadToHead {
        Checks.id("a", a);
        Checks.id("b", b);
        if (a.equals(b)) {
            throw new InvalidValueException("b", "value.samePair", a);
        }
        Checks.count("aWins", aWins);
        Checks.count("bWins", bWins);
        Checks.count("ties", ties);
        if (aWins + bWins + ties > Checks.MAX_VOTES) {
            throw new InvalidValueException("ties", "value.tooManyPairVotes");
        }
        Checks.present("provenance", provenance);
    }

    /** The votes seen from {@code a}. */
    public PairTally tally() {
        return new PairTally(aWins, bWins, ties);
    }

    public long battles() {
        return aWins + bWins + ties;
    }

    /** Whether the product with this id is one of the pair. */
    public boolean names(String productId) {
        return a.equals(productId) || b.equals(productId);
    }
}
