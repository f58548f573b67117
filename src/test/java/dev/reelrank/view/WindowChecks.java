package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import org.testfx.api.FxRobot;

/** What the window draws, read back as a user would see it: colours behind text, contrast, a settled frame. */
public final class WindowChecks {
    private WindowChecks() {}

    /** Waits until the scene has been laid out once more. */
    public static void afterNextPulse(FxRobot robot, Scene scene) {
        CountDownLatch pulse = new CountDownLatch(1);
        Runnable listener = pulse::countDown;
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        try {
            assertTrue(pulse.await(5, TimeUnit.SECONDS), "no pulse within 5 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            robot.interact(() -> scene.removePostLayoutPulseListener(listener));
        }
    }

    /** WCAG contrast ratio, from 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /**
     * The colour drawn behind a node's centre: the topmost opaque background fill of the node or
     * its nearest ancestor that has one, with translucent fills above it blended in. A gradient
     * counts as the colour at its middle.
     */
    public static Color colourBehind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            Background background = n instanceof Region region ? region.getBackground() : null;
            if (background == null) {
                continue;
            }
            var fills = background.getFills();
            for (int i = fills.size() - 1; i >= 0; i--) {
                BackgroundFill fill = fills.get(i);
                if (!coversCentre(fill, (Region) n)) {
                    continue;
                }
                Color colour = colourOf(fill.getFill());
                if (colour == null) {
                    continue;
                }
                layers.add(colour);
                if (colour.getOpacity() >= 0.999) {
                    return blend(layers);
                }
            }
        }
        layers.add(Color.WHITE);
        return blend(layers);
    }

    /** Whether a fill's insets leave the middle of the region covered (fills inset by more than half are thin borders). */
    private static boolean coversCentre(BackgroundFill fill, Region region) {
        var insets = fill.getInsets();
        return insets.getTop() + insets.getBottom() < region.getHeight()
                && insets.getLeft() + insets.getRight() < region.getWidth();
    }

    private static Color blend(List<Color> topFirst) {
        Color result = topFirst.getLast();
        for (int i = topFirst.size() - 2; i >= 0; i--) {
            Color over = topFirst.get(i);
            double a = over.getOpacity();
            result = new Color(
                    over.getRed() * a + result.getRed() * (1 - a),
                    over.getGreen() * a + result.getGreen() * (1 - a),
                    over.getBlue() * a + result.getBlue() * (1 - a),
                    1);
        }
        return result;
    }

    static Color colourOf(Paint paint) {
        if (paint instanceof Color colour) {
            return colour.getOpacity() == 0 ? null : colour;
        }
        if (paint instanceof LinearGradient gradient) {
            return middle(gradient.getStops());
        }
        if (paint instanceof RadialGradient gradient) {
            return middle(gradient.getStops());
        }
        return null;
    }

    private static Color middle(List<Stop> stops) {
        Color before = stops.getFirst().getColor();
        Color after = stops.getLast().getColor();
        double beforeAt = 0;
        double afterAt = 1;
        for (Stop stop : stops) {
            if (stop.getOffset() <= 0.5) {
                before = stop.getColor();
                beforeAt = stop.getOffset();
            }
            if (stop.getOffset() >= 0.5) {
                after = stop.getColor();
                afterAt = stop.getOffset();
                break;
            }
        }
        double t = afterAt == beforeAt ? 0 : (0.5 - beforeAt) / (afterAt - beforeAt);
        return before.interpolate(after, t);
    }

    /** The first node under {@code parent} (itself included) with this style class, or null. */
    public static Node find(Parent parent, String styleClass) {
        return parent.lookup("." + styleClass);
    }
}
