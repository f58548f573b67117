package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.view.FxThread;
import dev.reelrank.viewmodel.charts.ChartPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The names beside chart points: at most one per product, each beside its own point (never more
 * than a line and a half below it, where it would read as the next point's), never two overlapping;
 * a name crowded further out is not drawn, and its point's tooltip still names it.
 */
class PointLabelsTest {
    private static final long SEED = Long.getLong("reelrank.labelsSeed", 20261129L);
    private static final String[] NAMES = {
        "Veo 2",
        "Kling 1.6",
        "可灵 1.5",
        "Sora",
        "MiniMax Hailuo",
        "Runway Gen-3 Alpha Turbo",
        "Pika 1.5",
        "Meta Movie Gen",
        "Luma Dream Machine",
        "Hunyuan",
        "Wan 2.1",
        "Seaweed"
    };

    @Test
    void manyRandomLayouts_neverOverlapTwoNames_andEachNameSitsBesideItsPoint() {
        FxThread.run(() -> {
            Random random = new Random(SEED);
            for (int round = 0; round < 300; round++) {
                ObservableList<Node> plot = FXCollections.observableArrayList();
                PointLabels labels = new PointLabels(plot);
                // A few layouts in a row, as a chart lays out again after each edit.
                for (int pass = 0; pass < 4; pass++) {
                    List<ChartPoint> points = randomPoints(random);
                    labels.update(points);
                    Map<String, double[]> anchors = new HashMap<>();
                    // Points crowd into a small area, as products of one price and rating do.
                    double spread = 20 + random.nextInt(400);
                    for (ChartPoint point : points) {
                        double[] at = {random.nextDouble() * spread, random.nextDouble() * spread};
                        anchors.put(point.productId(), at);
                        labels.place(point.productId(), at[0], at[1]);
                    }
                    labels.layout();
                    String what = "round " + round + ", pass " + pass + " (seed " + SEED + ")";
                    List<Text> shown = shown(plot);
                    assertTrue(
                            !shown.isEmpty() && shown.size() <= points.size(), what + ": at most one name per point");
                    assertNoOverlap(shown, what);
                    for (ChartPoint point : points) {
                        Text text = labels.labelOf(point.productId());
                        double[] at = anchors.get(point.productId());
                        if (!text.isVisible()) {
                            // Crowded out (its tooltip names it), or named with a point drawn on it.
                            shown.stream()
                                    .filter(t ->
                                            List.of(t.getText().split(" / ")).contains(point.name()))
                                    .forEach(t -> assertTrue(
                                            near(anchorOf(t), at, 4),
                                            what + ": " + point.name() + " is named beside a point drawn on its own"));
                            continue;
                        }
                        assertTrue(
                                List.of(text.getText().split(" / ")).contains(point.name()),
                                what + ": " + text.getText() + " names " + point.name());
                        boolean right = Math.abs(text.getX() - (at[0] + 8)) < 1e-9;
                        boolean left =
                                Math.abs(text.getX() + text.getLayoutBounds().getWidth() - (at[0] - 8)) < 1e-9;
                        assertTrue(right || left, what + ": " + point.name() + " is beside its point");
                        Bounds box = text.getLayoutBounds();
                        double middle = box.getMinY() + box.getHeight() / 2;
                        // From where it is drawn level with its point (baseline 4 px under it).
                        double lines = Math.abs(text.getY() - (at[1] + 4)) / box.getHeight();
                        assertTrue(
                                lines <= 1.5 + 1e-9,
                                what + ": " + point.name() + " sits " + lines
                                        + " lines from its point, where it would read as another's");
                        for (var other : anchors.entrySet()) {
                            double[] there = other.getValue();
                            if (other.getKey().equals(point.productId()) || near(there, at, 4)) {
                                continue;
                            }
                            assertTrue(
                                    Math.hypot(there[0] - at[0], there[1] - middle) > Math.abs(middle - at[1]),
                                    what + ": \"" + text.getText() + "\" is nearer another point than its own");
                            assertFalse(covers(box, there), what + ": \"" + text.getText() + "\" covers another point");
                        }
                    }
                }
            }
        });
    }

    /**
     * The trend chart of late 2026 at 1920 × 1080: Sora 2 Pro and Sora 2 one above the other, Veo 3.1
     * and Veo 3.1 Fast on one spot to their right. Sora 2 Pro's name, pushed down by Veo 3.1's, sat level
     * with Sora 2's point and Sora 2's a line below it, with no point; Veo 3.1 Fast had no name.
     */
    @Test
    void namesCrowdedByANeighbour_moveUpRatherThanBesideAnotherPoint_andPointsOnOneSpotShareAName() {
        FxThread.run(() -> {
            ObservableList<Node> plot = FXCollections.observableArrayList();
            PointLabels labels = new PointLabels(plot);
            labels.update(List.of(
                    point("sora-2-pro", "Sora 2 Pro · discontinued Sep 2026"),
                    point("sora-2", "Sora 2 · discontinued Sep 2026"),
                    point("veo-3.1", "Veo 3.1"),
                    point("veo-3.1-fast", "Veo 3.1 Fast"),
                    point("kling", "Kling 2.5 Turbo")));
            labels.place("sora-2-pro", 112, 103);
            labels.place("sora-2", 112, 122);
            labels.place("veo-3.1", 265, 102);
            labels.place("veo-3.1-fast", 265, 104);
            labels.place("kling", 400, 219);
            labels.layout();
            assertNoOverlap(shown(plot), "the late-2026 trend");
            Text soraPro = labels.labelOf("sora-2-pro");
            Text sora = labels.labelOf("sora-2");
            assertTrue(soraPro.isVisible() && sora.isVisible(), "both Sora names are drawn");
            assertTrue(middleOf(soraPro) < 103, "Sora 2 Pro's name moves up, away from Sora 2's point");
            assertEquals(122, middleOf(sora), 3, "Sora 2's name stays level with its point");
            Text veo = labels.labelOf("veo-3.1");
            assertTrue(veo.isVisible());
            assertEquals("Veo 3.1 / Veo 3.1 Fast", veo.getText());
            assertFalse(labels.labelOf("veo-3.1-fast").isVisible(), "one name for the two points");
            // Apart again, each has its own name.
            labels.place("veo-3.1-fast", 265, 160);
            labels.layout();
            assertEquals("Veo 3.1", labels.labelOf("veo-3.1").getText());
            assertEquals("Veo 3.1 Fast", labels.labelOf("veo-3.1-fast").getText());
            assertTrue(labels.labelOf("veo-3.1-fast").isVisible());
        });
    }

    /**
     * A point whose right side is taken by other points' marks and names has its name on its left
     * (the price-over-time slide of 2026-11-30 left Kling 3.0's point unnamed).
     */
    @Test
    void aPointWithNoRoomOnItsRight_isNamedOnItsLeft() {
        FxThread.run(() -> {
            ObservableList<Node> plot = FXCollections.observableArrayList();
            PointLabels labels = new PointLabels(plot);
            labels.update(List.of(
                    point("kling-3.0", "Kling 3.0 · 5.04"),
                    point("veo", "Veo 3.1 Fast · 7.20"),
                    point("veo-low", "Seedance 2.0 · 9.12"),
                    point("veo-high", "Sora 2 · 6.00")));
            labels.place("kling-3.0", 300, 200);
            // Marks just right of it, above, level and below: no place on its right within a line and a half.
            labels.place("veo", 330, 200);
            labels.place("veo-low", 330, 218);
            labels.place("veo-high", 330, 182);
            labels.layout();
            Text kling = labels.labelOf("kling-3.0");
            assertTrue(kling.isVisible(), "Kling 3.0 is named");
            assertEquals(300 - 8, kling.getX() + kling.getLayoutBounds().getWidth(), 1e-9, "on its point's left");
            assertEquals(200, middleOf(kling), 3, "level with its point");
            assertNoOverlap(shown(plot), "a name on the left");
        });
    }

    /** A name tried on the left comes after every name on the right: it never pushes one from its place. */
    @Test
    void aNameOnTheLeft_neverPushesAnotherFromBesideItsPoint() {
        FxThread.run(() -> {
            ObservableList<Node> plot = FXCollections.observableArrayList();
            PointLabels labels = new PointLabels(plot);
            labels.update(List.of(
                    point("k10", "Kling 1.0 · 1.79"),
                    point("k15", "Kling 1.5 · 1.79"),
                    point("k16", "Kling 1.6 · 1.79"),
                    point("up", "Veo 2 · 30.00"),
                    point("down", "Sora · 4.80")));
            double width = new Text("Kling 1.0 · 1.79").getLayoutBounds().getWidth();
            // Kling 1.5's right runs into Kling 1.6's mark; Kling 1.0's name fits right of its own point.
            labels.place("k10", 100, 200);
            // A pixel higher, so that Kling 1.5 comes first in the top-down order.
            labels.place("k15", 100 + width + 30, 199);
            labels.place("k16", 100 + 2 * width + 30, 200);
            // Marks above and below Kling 1.6's: no room right of Kling 1.5's point a line up or down either.
            labels.place("up", 100 + 2 * width + 30, 180);
            labels.place("down", 100 + 2 * width + 30, 220);
            labels.layout();
            Text second = labels.labelOf("k15");
            assertTrue(second.isVisible(), "Kling 1.5 is named");
            assertTrue(second.getX() < 100 + width + 30, "on its point's left");
            Text first = labels.labelOf("k10");
            assertTrue(first.isVisible());
            assertEquals(108, first.getX(), 1e-9, "Kling 1.0's name stays right of its point");
            assertEquals(200, middleOf(first), 3, "and level with it");
            assertNoOverlap(shown(plot), "names on both sides");
        });
    }

    /** Whether a name's box runs over a point's mark (10 px across); touching is not covering. */
    private static boolean covers(Bounds box, double[] point) {
        return box.getMinX() < point[0] + 5 - 0.01
                && box.getMaxX() > point[0] - 5 + 0.01
                && box.getMinY() < point[1] + 5 - 0.01
                && box.getMaxY() > point[1] - 5 + 0.01;
    }

    private static double middleOf(Text text) {
        Bounds box = text.getLayoutBounds();
        return box.getMinY() + box.getHeight() / 2;
    }

    private static double[] anchorOf(Text text) {
        return (double[]) text.getProperties().get(PointLabels.ANCHOR);
    }

    private static boolean near(double[] a, double[] b, double distance) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]) <= distance;
    }

    @Test
    void aPointWithNoPlace_hidesItsName_ratherThanLeavingItWhereItWas() {
        FxThread.run(() -> {
            ObservableList<Node> plot = FXCollections.observableArrayList();
            PointLabels labels = new PointLabels(plot);
            List<ChartPoint> points = List.of(point("a", "Free product"), point("b", "Veo 2"));
            labels.update(points);
            labels.place("a", 100, 100);
            labels.place("b", 300, 300);
            labels.layout();
            // "a" costs nothing now, so it has no place on a log axis; "b" moves to where "a" was.
            labels.update(points);
            labels.place("a", Double.NaN, 100);
            labels.place("b", 100, 100);
            labels.layout();
            List<Text> shown = shown(plot);
            assertEquals(List.of("Veo 2"), shown.stream().map(Text::getText).toList());
            assertNoOverlap(shown, "after a point lost its place");
            labels.place("a", 200, 200);
            labels.layout();
            assertEquals(2, shown(plot).size(), "placed again, its name comes back");
            assertNoOverlap(shown(plot), "after it came back");
        });
    }

    @Test
    void aProductThatGoes_takesItsNameAlong() {
        FxThread.run(() -> {
            ObservableList<Node> plot = FXCollections.observableArrayList();
            PointLabels labels = new PointLabels(plot);
            labels.update(List.of(point("a", "Alpha"), point("b", "Beta")));
            labels.update(List.of(point("b", "Beta renamed")));
            assertEquals(
                    List.of("Beta renamed"),
                    shown(plot).stream().map(Text::getText).toList());
            assertFalse(
                    plot.stream().anyMatch(n -> "Alpha".equals(((Text) n).getText())), "its name and halo are gone");
        });
    }

    @Test
    void eachName_hasAHaloRightUnderIt_thatMovesAndHidesWithIt() {
        FxThread.run(() -> {
            ObservableList<Node> plot = FXCollections.observableArrayList();
            PointLabels labels = new PointLabels(plot);
            List<ChartPoint> points = List.of(point("a", "Alpha"), point("b", "Beta"), point("c", "Gamma"));
            labels.update(points);
            labels.place("a", 10, 10);
            labels.place("b", 12, 12);
            labels.place("c", Double.NaN, 0);
            labels.layout();
            for (ChartPoint point : points) {
                Text name = labels.labelOf(point.productId());
                int at = plot.indexOf(name);
                Text halo = (Text) plot.get(at - 1);
                assertTrue(
                        halo.getStyleClass().contains(PointLabels.HALO), point.name() + " is drawn just over its halo");
                assertEquals(name.getText(), halo.getText());
                assertEquals(name.getX(), halo.getX());
                assertEquals(name.getY(), halo.getY());
                assertEquals(name.isVisible(), halo.isVisible(), point.name() + ": a hidden name leaves no halo");
            }
            assertFalse(labels.labelOf("c").isVisible(), "a point with no place shows no name");
        });
    }

    private static List<ChartPoint> randomPoints(Random random) {
        List<String> names = new ArrayList<>(List.of(NAMES));
        Collections.shuffle(names, random);
        int count = 1 + random.nextInt(names.size());
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(point("p" + names.get(i).hashCode(), names.get(i)));
        }
        return points;
    }

    private static ChartPoint point(String id, String name) {
        return new ChartPoint(id, name, "#336699", null, 0, 0, null, null, name);
    }

    private static List<Text> shown(List<Node> plot) {
        return plot.stream()
                .filter(n -> n instanceof Text t
                        && t.isVisible()
                        && !t.getStyleClass().contains(PointLabels.HALO))
                .map(Text.class::cast)
                .toList();
    }

    private static void assertNoOverlap(List<Text> shown, String what) {
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                // A text's layout bounds are the box of its line, placed at its x and y.
                Bounds a = shown.get(i).getLayoutBounds();
                Bounds b = shown.get(j).getLayoutBounds();
                boolean overlap = a.getMinX() < b.getMaxX() - 0.01
                        && b.getMinX() < a.getMaxX() - 0.01
                        && a.getMinY() < b.getMaxY() - 0.01
                        && b.getMinY() < a.getMaxY() - 0.01;
                assertFalse(
                        overlap,
                        what + ": \"" + shown.get(i).getText() + "\" " + a + " overlaps \""
                                + shown.get(j).getText() + "\" " + b);
            }
        }
    }
}
