package dev.reelrank.view.blindtest;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Frees the video frames of clips already shown, once per vote. Without a GPU, JavaFX keeps each
 * playing clip's frame (3.7 MB at 720p) on the Java heap and lets it go only collections after its
 * player is disposed. A blind test makes two new players for every pair, so those frames reach the
 * old generation, which the serial collector lets fill to the heap's cap before it collects: resident
 * memory climbed by about 150 MB over 200 pairs and stayed there. A full collection as each vote is
 * taken keeps the heap near its live size (docs/benchmarks.md, "Media"). It pauses the process for
 * about 50 ms, which is why it runs then: the room has voted, the recovery copy is being written,
 * and the next pair is not playing yet.
 */
final class SpentFrames {
    private final AtomicBoolean collecting = new AtomicBoolean();

    /** Starts a collection on a thread of its own, unless one is still running. */
    void collect() {
        if (!collecting.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().daemon().name("reelrank-spent-frames").start(() -> {
            try {
                System.gc();
            } finally {
                collecting.set(false);
            }
        });
    }
}
