package dev.reelrank.model;

/** What the cost chart compares: a minute of generated video, or one 5-second clip. */
public enum CostBasis {
    PER_MINUTE,
    PER_FIVE_SECOND_CLIP
}
