package dev.reelrank.view;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Tells when a scene's first chart is on the screen, not merely handed to the renderer.
 *
 * <p>Three pulses, because of how JavaFX paints. In pulse N the chart is first laid out with a
 * size, and the render thread paints that frame while the FX thread goes on. With the software
 * pipeline (every machine without a GPU) the painted pixels then reach the window through a task
 * queued on the FX thread; until the FX thread runs it, the user looks at a blank window. Anything
 * heavy started at pulse N+1 (the table and tiles took 400 ms) kept that frame off the screen, while
 * a timer at N+1 claimed it painted. So pulse N+1 changes one invisible node: a pulse with a change
 * waits for the previous frame's rendering to finish, and that frame's upload is queued before the
 * next pulse. At pulse N+2 the frame is on the screen.
 */
public final class FirstPaint {
    private FirstPaint() {}

    public static void whenPainted(Scene scene, Runnable painted) {
        whenLaidOut(
                scene,
                () -> {
                    Node chart = scene.lookup("#cost-chart");
                    return chart != null && chart.getLayoutBounds().getWidth() > 0;
                },
                painted);
    }

    /**
     * Runs {@code shown} once the scene's next laid-out frame is on the screen; for a scene that has
     * no chart (a picture of the window) or whose chart is long on the screen (a window just completed).
     */
    public static void whenFrameShown(Scene scene, Runnable shown) {
        whenLaidOut(scene, () -> true, shown);
    }

    private static void whenLaidOut(Scene scene, BooleanSupplier ready, Runnable painted) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                afterFrameShown(scene, painted);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void afterFrameShown(Scene scene, Runnable painted) {
        Region marker = new Region();
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.getStyleClass().add("first-paint-marker");
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == 1) {
                    // A change, so that this pulse waits for the chart's frame to be rendered.
                    childrenOf(scene.getRoot()).getChildren().add(marker);
                    return;
                }
                stop();
                childrenOf(scene.getRoot()).getChildren().remove(marker);
                painted.run();
            }
        }.start();
    }

    private static Pane childrenOf(Parent root) {
        if (root instanceof Pane pane) {
            return pane;
        }
        throw new IllegalStateException("a window whose root is not a Pane: " + root);
    }
}
