package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.WindowChecks;
import dev.reelrank.view.controls.HoverTip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Price over time" as drawn, on {@link TestProjects#priceHistory()}: Veo 2 at 210 CNY a minute
 * from 2024-12-16, Veo 3 at 315 from 2025-05-20 and 168 from its cut on 2025-09-09; Sora
 * discontinued on 2026-04-26. Positions are read from the scene graph, in scene coordinates.
 */
@ExtendWith(ApplicationExtension.class)
class PriceHistoryChartTest {
    private static final String VEO_2 = "veo-2@2024-12-16";
    private static final String VEO_3 = "veo-3@2025-05-20";
    private static final String VEO_3_CUT = "veo-3@2025-09-09";

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "history", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.priceHistory(), file);
        // The chart gets the window's height, as a user reading it would give it: with the table
        // below, Kling's and Sora's lines run 8 px apart and no name could sit on its own.
        ReelRankApp.openMainWindow(stage, file).tableShownProperty().set(false);
    }

    private record Drawn(
            Map<String, Point2D> points,
            Map<String, Bounds> labels,
            Map<String, String> labelTexts,
            Map<String, List<Point2D>> lines,
            Map<String, String> tooltips,
            double soraEndX,
            double discontinuedX) {}

    private Drawn drawn(FxRobot robot) {
        robot.clickOn("#tab-price-history");
        WaitForAsyncUtils.waitForFxEvents();
        WindowChecks.afterNextPulse(robot, stage.getScene());
        Drawn[] result = new Drawn[1];
        robot.interact(() -> {
            PriceHistoryChart chart =
                    (PriceHistoryChart) stage.getScene().getRoot().lookup("#price-history-chart");
            assertNotNull(chart, "the tab shows the chart");
            Map<String, Point2D> points = new HashMap<>();
            Map<String, Bounds> labels = new HashMap<>();
            Map<String, String> texts = new HashMap<>();
            Map<String, String> tooltips = new HashMap<>();
            for (String id : List.of(
                    VEO_2, VEO_3, VEO_3_CUT, "sora@2024-12-09", "kling-1.6@2024-12-19", "kling-2.1@2025-05-29")) {
                var point = chart.pointOf(id);
                assertNotNull(point, "a mark for " + id);
                assertTrue(point.isVisible(), id + " is drawn");
                Bounds bounds = point.localToScene(point.getBoundsInLocal());
                points.put(id, new Point2D(bounds.getCenterX(), bounds.getCenterY()));
                Text label = chart.labelOf(id);
                assertNotNull(label, "a label for " + id);
                assertTrue(label.isVisible(), id + "'s label is drawn");
                labels.put(id, label.localToScene(label.getBoundsInLocal()));
                texts.put(id, label.getText());
                tooltips.put(id, HoverTip.textOf(point));
            }
            Map<String, List<Point2D>> lines = new HashMap<>();
            for (String family : List.of("Veo", "Kling", "Sora")) {
                Polyline line = chart.polylineOf(family);
                assertNotNull(line, "a line for " + family);
                List<Point2D> corners = new ArrayList<>();
                for (int i = 0; i + 1 < line.getPoints().size(); i += 2) {
                    corners.add(line.localToScene(
                            line.getPoints().get(i), line.getPoints().get(i + 1)));
                }
                lines.put(family, corners);
            }
            DateAxis axis = (DateAxis) chart.getXAxis();
            double discontinued = axis.localToScene(
                            axis.getDisplayPosition(
                                    LocalDate.parse("2026-04-26").toEpochDay()),
                            0)
                    .getX();
            result[0] = new Drawn(
                    points,
                    labels,
                    texts,
                    lines,
                    tooltips,
                    lines.get("Sora").getLast().getX(),
                    discontinued);
        });
        return result[0];
    }

    @Test
    void aPriceCut_isDrawnLowerThanTheFigureBeforeIt_andANewDearerGenerationHigher(FxRobot robot) {
        Drawn drawn = drawn(robot);
        assertTrue(
                drawn.points().get(VEO_3_CUT).getY() > drawn.points().get(VEO_3).getY() + 20,
                "the cut to 168 is below Veo 3's 315: " + drawn.points());
        assertTrue(
                drawn.points().get(VEO_3).getY() < drawn.points().get(VEO_2).getY() - 20,
                "Veo 3 at 315 is above Veo 2 at 210");
        assertTrue(
                drawn.points().get(VEO_3_CUT).getY() > drawn.points().get(VEO_2).getY(),
                "and the cut takes Veo below where Veo 2 was");
        assertTrue(
                drawn.points().get(VEO_2).getX() < drawn.points().get(VEO_3).getX()
                        && drawn.points().get(VEO_3).getX()
                                < drawn.points().get(VEO_3_CUT).getX(),
                "in date order");
    }

    @Test
    void eachLine_isAStaircaseThroughItsOwnMarks(FxRobot robot) {
        Drawn drawn = drawn(robot);
        List<Point2D> veo = drawn.lines().get("Veo");
        for (int i = 1; i < veo.size(); i++) {
            Point2D a = veo.get(i - 1);
            Point2D b = veo.get(i);
            assertTrue(
                    Math.abs(a.getX() - b.getX()) < 0.5 || Math.abs(a.getY() - b.getY()) < 0.5,
                    "segment " + i + " is flat or upright, not a slope: " + a + " to " + b);
        }
        for (String id : List.of(VEO_2, VEO_3, VEO_3_CUT)) {
            Point2D mark = drawn.points().get(id);
            assertTrue(
                    veo.stream().anyMatch(corner -> corner.distance(mark) < 1.5),
                    id + "'s mark at " + mark + " is a corner of the Veo line " + veo);
        }
        assertEquals(drawn.discontinuedX(), drawn.soraEndX(), 1.0, "Sora's line stops on the day it was discontinued");
    }

    @Test
    void eachLabel_namesItsStep_andSitsBesideItsMark_onItsOwnFamilysLine(FxRobot robot) {
        Drawn drawn = drawn(robot);
        assertEquals("Veo 3 · 315.00", drawn.labelTexts().get(VEO_3));
        assertEquals("Veo 3 · 168.00", drawn.labelTexts().get(VEO_3_CUT));
        for (var entry : drawn.labels().entrySet()) {
            String id = entry.getKey();
            Bounds label = entry.getValue();
            Point2D mark = drawn.points().get(id);
            assertTrue(
                    label.getMinX() > mark.getX() && label.getMinX() - mark.getX() < 16,
                    id + ": the label starts just right of its mark (" + label + ", mark " + mark + ")");
            Point2D anchor = new Point2D(label.getMinX(), label.getCenterY());
            String nearest = drawn.lines().entrySet().stream()
                    .min(Comparator.comparingDouble(line -> distance(anchor, line.getValue())))
                    .orElseThrow()
                    .getKey();
            String family = drawn.labelTexts().get(id).startsWith("Veo")
                    ? "Veo"
                    : drawn.labelTexts().get(id).startsWith("Kling") ? "Kling" : "Sora";
            assertEquals(
                    family,
                    nearest,
                    id + ": \"" + drawn.labelTexts().get(id) + "\" sits on the " + family
                            + " line, not the " + nearest + " line; label " + label + ", mark " + mark + ", lines "
                            + drawn.lines());
        }
    }

    @Test
    void aMarksTooltip_givesTheDayAndTheSource(FxRobot robot) {
        Drawn drawn = drawn(robot);
        String tooltip = drawn.tooltips().get(VEO_3_CUT);
        assertNotNull(tooltip);
        assertTrue(tooltip.contains("Sep 9, 2025") && tooltip.contains("Vertex AI price cut (test fixture)"), tooltip);
        // Made on the first hover, it shows on that hover.
        robot.moveTo(drawn.points().get(VEO_3_CUT).add(-30, -30));
        robot.moveTo(drawn.points().get(VEO_3_CUT));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.listWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst()
                .orElse(null);
        assertEquals(tooltip, shown, "hovering the mark shows its tooltip");
    }

    @Test
    void onALogScale_theCutIsStillBelow(FxRobot robot) {
        drawn(robot);
        robot.clickOn("#price-history-log");
        Drawn drawn = drawn(robot);
        assertTrue(
                drawn.points().get(VEO_3_CUT).getY() > drawn.points().get(VEO_3).getY() + 10,
                drawn.points().toString());
        assertTrue(
                drawn.points().get("kling-1.6@2024-12-19").getY()
                        > drawn.points().get(VEO_3_CUT).getY(),
                "12 CNY is below 168 CNY");
    }

    /** The distance from a point to the nearest segment of a polyline. */
    private static double distance(Point2D p, List<Point2D> line) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < line.size(); i++) {
            Point2D a = line.get(i - 1);
            Point2D b = line.get(i);
            Point2D ab = b.subtract(a);
            double t = ab.magnitude() == 0
                    ? 0
                    : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / ab.dotProduct(ab)));
            best = Math.min(best, p.distance(a.add(ab.multiply(t))));
        }
        return best;
    }
}
