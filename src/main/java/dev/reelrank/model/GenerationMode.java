package dev.reelrank.model;

/** What a product generates video from. */
public enum GenerationMode {
    TEXT_TO_VIDEO,
    IMAGE_TO_VIDEO
}
