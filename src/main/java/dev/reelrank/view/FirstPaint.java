package dev.reelrank.view;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Tells when a scene's first chart has been painted: after the first layout pulse in which the
 * chart has a size, the following pulse starts only once that frame is rendered.
 */
public final class FirstPaint {
    private FirstPaint() {}

    public static void whenPainted(Scene scene, Runnable painted) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Node chart = scene.lookup("#cost-chart");
            if (chart != null && chart.getLayoutBounds().getWidth() > 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        stop();
                        painted.run();
                    }
                }.start();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
