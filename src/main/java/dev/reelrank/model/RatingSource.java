package dev.reelrank.model;

/** Where a project's ratings come from; every chart says which one it shows. */
public enum RatingSource {
    /** Each product's wins, losses and ties against the field. */
    AGGREGATE_VOTES,
    /** Pairwise votes fitted with Bradley–Terry (head-to-head issue). */
    HEAD_TO_HEAD,
    /** Scores a public leaderboard published, one board at a time. */
    PUBLISHED
}
