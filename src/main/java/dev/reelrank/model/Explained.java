package dev.reelrank.model;

/** A failure that can say what went wrong in the reader's language. */
public interface Explained {
    LocalText explanation();
}
