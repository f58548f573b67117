package dev.reelrank.model.blindtest;

import java.util.Objects;

/** One step of a blind test: the clip shown as A (left), the one shown as B (right), and their prompt. */
public record ScheduledPair(String left, String right, String prompt) {
    public ScheduledPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(prompt, "prompt");
        if (left.equals(right)) {
            throw new IllegalArgumentException("a product cannot meet itself: " + left);
        }
    }

    /** Whether this pair and {@code other} show a product in common. */
    public boolean sharesAProductWith(ScheduledPair other) {
        return left.equals(other.left)
                || left.equals(other.right)
                || right.equals(other.left)
                || right.equals(other.right);
    }
}
