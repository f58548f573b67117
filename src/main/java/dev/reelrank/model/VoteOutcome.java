package dev.reelrank.model;

/** What a blind-test vote said about the clips shown as A and B. */
public enum VoteOutcome {
    A,
    B,
    TIE,
    /** Neither clip is acceptable: counted as a tie in the ratings, and kept apart so it can be reported. */
    BOTH_BAD
}
