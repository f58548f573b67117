package dev.reelrank.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something another thread does: asks every 20 ms, and fails after a timeout (not a speed target). */
public final class Poll {
    private Poll() {}

    public static void until(String what, Callable<Boolean> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
