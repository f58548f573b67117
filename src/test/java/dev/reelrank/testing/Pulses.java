package dev.reelrank.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;

/** Waiting for the window to lay itself out, so that a test reads what is drawn, not what is about to be. */
public final class Pulses {
    private Pulses() {}

    /** Returns once the scene has been through one more layout pulse. */
    public static void awaitLayout(FxRobot robot, Scene scene) {
        CountDownLatch pulse = new CountDownLatch(1);
        Runnable listener = pulse::countDown;
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        try {
            if (!pulse.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            robot.interact(() -> scene.removePostLayoutPulseListener(listener));
        }
    }
}
