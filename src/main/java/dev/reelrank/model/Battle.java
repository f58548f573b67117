package dev.reelrank.model;

import java.time.Instant;

/**
 * One vote of a blind test run in ReelRank, as the public arenas record a battle: the products
 * shown as A (left) and B (right), the outcome, the prompt, when, and how many people it counts for
 * (more than one when the presenter types a show of hands).
 */
public record Battle(
        String blindTest, String a, String b, VoteOutcome outcome, String prompt, Instant time, long voters) {
    /** A show of hands bigger than this is a typing mistake. */
    public static final long MAX_VOTERS = 100_000;

    public Battle {
        Checks.id("blindTest", blindTest);
        Checks.id("a", a);
        Checks.id("b", b);
        if (a.equals(b)) {
            throw new InvalidValueException("b", "value.samePair", a);
        }
        Checks.present("outcome", outcome);
        Checks.id("prompt", prompt);
        Checks.instant("time", time);
        if (voters < 1 || voters > MAX_VOTERS) {
            throw new InvalidValueException("voters", "value.voters", MAX_VOTERS, voters);
        }
    }
}
