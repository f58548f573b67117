package dev.reelrank.model;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A product's blind-test results against the field: wins, losses and ties.
 *
 * @param sample true when the counts are illustrative, not published; shown as "sample data"
 * @param edited the day a user changed the counts without giving a new source, or null
 */
public record VoteTally(long wins, long losses, long ties, boolean sample, Provenance provenance, LocalDate edited) {
    public VoteTally {
        Checks.count("wins", wins);
        Checks.count("losses", losses);
        Checks.count("ties", ties);
        if (wins + losses + ties > Checks.MAX_VOTES) {
            throw new InvalidValueException("ties", "value.tooManyVotes");
        }
        Checks.present("provenance", provenance);
        if (edited != null) {
            Checks.date("edited", edited);
        }
    }

    public VoteTally(long wins, long losses, long ties, boolean sample, Provenance provenance) {
        this(wins, losses, ties, sample, provenance, null);
    }

    /** Counts a user typed, marked edited on {@code day}. */
    public VoteTally withCounts(long newWins, long newLosses, long newTies, LocalDate day) {
        return new VoteTally(newWins, newLosses, newTies, sample, provenance, day);
    }

    /** Every vote this product appeared in: wins, losses and ties. */
    public long appearances() {
        return wins + losses + ties;
    }

    /** Wins plus half the ties, over appearances; NaN-free: 0 appearances give an empty result. */
    public OptionalDouble winShare() {
        long n = appearances();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((wins + ties / 2.0) / n);
    }
}
