package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.WindowChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the Value chart the Pareto frontier's dashed line is the edge of the shaded "better and
 * cheaper" region: both go through the same steps, each step horizontal or vertical.
 */
@ExtendWith(ApplicationExtension.class)
class ValueFrontierStepsTest {
    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "five", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), file);
        ReelRankApp.openMainWindow(stage, file);
    }

    @Test
    void theFrontierLine_followsTheShadedRegionsSteps_onLogAndLinearAxes(FxRobot robot) {
        robot.clickOn("#tab-value");
        WaitForAsyncUtils.waitForFxEvents();
        assertSameSteps(robot, "log cost axis");
        robot.clickOn("#value-log");
        WaitForAsyncUtils.waitForFxEvents();
        assertSameSteps(robot, "linear cost axis");
    }

    private void assertSameSteps(FxRobot robot, String axis) {
        WindowChecks.afterNextPulse(robot, stage.getScene());
        AtomicReference<List<double[]>> line = new AtomicReference<>();
        AtomicReference<List<double[]>> region = new AtomicReference<>();
        AtomicReference<Integer> frontier = new AtomicReference<>();
        robot.interact(() -> {
            ValueChart chart = (ValueChart) stage.getScene().getRoot().lookup("#value-chart");
            assertNotNull(chart);
            frontier.set(chart.frontier().size());
            Polyline drawn = (Polyline) WindowChecks.find(chart, "frontier-line");
            Polygon shaded = (Polygon) WindowChecks.find(chart, "better-cheaper-region");
            line.set(points(drawn.getPoints()));
            region.set(points(shaded.getPoints()));
        });
        assertTrue(frontier.get() >= 2, axis + ": the test project has a frontier of several products");
        List<double[]> steps = line.get();
        assertTrue(steps.size() >= 2, axis + ": a frontier line is drawn");
        for (int i = 1; i < steps.size(); i++) {
            double[] a = steps.get(i - 1);
            double[] b = steps.get(i);
            assertTrue(
                    Math.abs(a[0] - b[0]) < 0.01 || Math.abs(a[1] - b[1]) < 0.01,
                    axis + ": the line's segment " + i + " is a step (horizontal or vertical), not a diagonal: "
                            + show(a) + " to " + show(b));
            assertTrue(
                    onOutline(a, b, region.get()),
                    axis + ": the line's segment " + show(a) + " to " + show(b) + " is on the region's edge "
                            + region.get().stream()
                                    .map(ValueFrontierStepsTest::show)
                                    .toList());
        }
        // Every corner of the region's staircase between the first and the last frontier product is on the line.
        int corners = 0;
        for (double[] corner : region.get()) {
            boolean between = corner[0] >= steps.getFirst()[0] - 0.01
                    && corner[0] <= steps.getLast()[0] + 0.01
                    && corner[1] <= steps.getFirst()[1] + 0.01
                    && corner[1] >= steps.getLast()[1] - 0.01;
            if (between) {
                corners++;
                assertTrue(
                        steps.stream().anyMatch(p -> near(p, corner)),
                        axis + ": the region's corner " + show(corner) + " is on the frontier line");
            }
        }
        assertEquals(2 * frontier.get() - 1, corners, axis + ": one step up and one across per frontier product");
    }

    /** Whether the segment a–b lies along one of the polygon's edges. */
    private static boolean onOutline(double[] a, double[] b, List<double[]> polygon) {
        for (int i = 0; i < polygon.size(); i++) {
            double[] p = polygon.get(i);
            double[] q = polygon.get((i + 1) % polygon.size());
            if (onSegment(a, p, q) && onSegment(b, p, q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onSegment(double[] x, double[] p, double[] q) {
        double cross = (q[0] - p[0]) * (x[1] - p[1]) - (q[1] - p[1]) * (x[0] - p[0]);
        double length = Math.hypot(q[0] - p[0], q[1] - p[1]);
        boolean within = x[0] >= Math.min(p[0], q[0]) - 0.01
                && x[0] <= Math.max(p[0], q[0]) + 0.01
                && x[1] >= Math.min(p[1], q[1]) - 0.01
                && x[1] <= Math.max(p[1], q[1]) + 0.01;
        return within && (length == 0 ? near(x, p) : Math.abs(cross) / length < 0.01);
    }

    private static boolean near(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
    }

    private static List<double[]> points(List<Double> flat) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            points.add(new double[] {flat.get(i), flat.get(i + 1)});
        }
        return points;
    }

    private static String show(double[] p) {
        return String.format(Locale.ROOT, "(%.1f, %.1f)", p[0], p[1]);
    }
}
