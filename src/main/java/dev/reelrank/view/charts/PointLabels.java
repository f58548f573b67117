package dev.reelrank.view.charts;

import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.viewmodel.charts.ChartPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The name beside each point of a chart, and the tooltip on each point, kept per product id.
 *
 * <p>Each name is drawn over a halo in the plot's colour, so a family's line passing behind it does not
 * strike it through. The halo is a copy of the name with a wide centred stroke, behind it: an outside
 * stroke on the name itself looks the same, but the software pipeline paints it by area operations on
 * every glyph's outline, about half a second per slide of 30 names against 10 ms for this.
 */
public final class PointLabels {
    /** The style class of a halo, which repeats its name's words under them: not text to read. */
    public static final String HALO = "point-label-halo";

    /**
     * The key under which each name's text keeps its point ({@code double[] {x, y}} in the plot's
     * coordinates, or null when it has none), so that a check of the drawn chart can tell which point a
     * name belongs to.
     */
    public static final String ANCHOR = "point-label-anchor";

    /** Half the size of a point's mark, which no name may cover. */
    private static final double MARK_RADIUS = 5;

    /** Boxes closer than this are touching, not overlapping. */
    private static final double EDGE = 1e-6;

    /** Points closer than this are drawn on one another and share one name. */
    private static final double COINCIDE = 4;

    private final ObservableList<Node> plotChildren;
    private final Map<String, Text> labels = new HashMap<>();
    private final Map<String, Text> halos = new HashMap<>();

    PointLabels(ObservableList<Node> plotChildren) {
        this.plotChildren = plotChildren;
    }

    void update(List<ChartPoint> points) {
        Set<String> present = new HashSet<>();
        for (ChartPoint point : points) {
            present.add(point.productId());
            Text label = labels.computeIfAbsent(point.productId(), id -> {
                Text text = new Text();
                text.getStyleClass().add("point-label");
                Text halo = haloOf(text);
                halos.put(id, halo);
                plotChildren.addAll(halo, text);
                return text;
            });
            label.setText(point.name());
            names.put(point.productId(), point.name());
        }
        labels.keySet().removeIf(id -> {
            if (!present.contains(id)) {
                names.remove(id);
                plotChildren.remove(labels.get(id));
                plotChildren.remove(halos.remove(id));
                return true;
            }
            return false;
        });
    }

    /** A halo that follows its name: same words, font, place and visibility; its colours come from the style sheet. */
    private static Text haloOf(Text label) {
        Text halo = new Text();
        halo.getStyleClass().add(HALO);
        halo.setMouseTransparent(true);
        halo.textProperty().bind(label.textProperty());
        halo.fontProperty().bind(label.fontProperty());
        halo.xProperty().bind(label.xProperty());
        halo.yProperty().bind(label.yProperty());
        halo.layoutXProperty().bind(label.layoutXProperty());
        halo.layoutYProperty().bind(label.layoutYProperty());
        halo.visibleProperty().bind(label.visibleProperty());
        return halo;
    }

    /** The name drawn for a product, or null; for tests. */
    Text labelOf(String productId) {
        return labels.get(productId);
    }

    void tooltip(String productId, Node node, String text) {
        if (node == null) {
            return;
        }
        HoverTip.install(node, text, 480, Duration.INDEFINITE);
    }

    private final Map<String, double[]> anchors = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** Notes where a product's point is; {@link #layout()} then places all names at once. */
    void place(String productId, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            anchors.put(productId, new double[] {x, y});
        } else {
            anchors.remove(productId);
        }
    }

    /**
     * Puts each name right of its point, nudging it down or up, whichever is nearer, where it would
     * overlap another name or run over another point; a name whose point has no place on the axes (say
     * a free product on a log axis) is hidden, not left where it was.
     */
    void layout() {
        place(false, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #layout()}, but from the bottom up: the lowest name first, kept above
     * {@code bottom} (the plot's height, where the chart clips it, halo included), and names
     * nudged up rather than down when both are as near. For charts whose marks crowd near the bottom,
     * such as prices near zero, where nudging down would push a name out of the plot.
     */
    void layoutUpFrom(double bottom) {
        place(true, bottom);
    }

    private void place(boolean upward, double bottom) {
        anchors.keySet().retainAll(labels.keySet());
        labels.forEach((id, label) -> {
            label.setText(names.get(id));
            label.setVisible(anchors.containsKey(id));
            label.getProperties().put(ANCHOR, anchors.get(id));
        });
        List<Map.Entry<String, double[]>> byY = new ArrayList<>(anchors.entrySet());
        byY.sort(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> e.getValue()[1])
                .thenComparingDouble(e -> e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        if (upward) {
            Collections.reverse(byY);
        }
        List<Bounds> placed = new ArrayList<>();
        Set<String> named = new HashSet<>();
        // Each name right of its point, as a reader looks first. Those with no room there try the
        // left afterwards, so that a name on the left never pushes another from its right (a
        // price-over-time slide left Kling 3.0's point unnamed among the lines beside it).
        Map<String, List<String>> unplaced = new java.util.LinkedHashMap<>();
        for (var entry : byY) {
            String id = entry.getKey();
            if (named.contains(id)) {
                continue;
            }
            double[] at = entry.getValue();
            // Points drawn on one another (two products of one price and date) share one name.
            List<String> together = byY.stream()
                    .map(Map.Entry::getKey)
                    .filter(other -> !named.contains(other) && coincide(anchors.get(other), at))
                    .toList();
            named.addAll(together);
            Text label = labels.get(id);
            together.stream()
                    .filter(other -> !other.equals(id))
                    .forEach(other -> labels.get(other).setVisible(false));
            label.setText(String.join(" / ", together.stream().map(names::get).toList()));
            if (!put(id, at, false, together, placed, upward, bottom)) {
                unplaced.put(id, together);
            }
        }
        unplaced.forEach((id, together) -> {
            if (!put(id, anchors.get(id), true, together, placed, upward, bottom)) {
                labels.get(id).setVisible(false);
            }
        });
    }

    /** Puts a name beside its point, on the side given, where it fits; false when it fits nowhere there. */
    private boolean put(
            String id,
            double[] at,
            boolean left,
            List<String> together,
            List<Bounds> placed,
            boolean upward,
            double bottom) {
        Text label = labels.get(id);
        Text halo = halos.get(id);
        label.setX(left ? at[0] - 8 - label.getLayoutBounds().getWidth() : at[0] + 8);
        label.setY(at[1] + 4);
        Bounds box = halo.getBoundsInLocal();
        if (left && box.getMinX() < 0) {
            return false;
        }
        double top = freeTop(at, label, box, placed, together, upward, bottom);
        if (Double.isNaN(top) || (left && pointJustBefore(box, top, label, together))) {
            return false;
        }
        label.setY(label.getY() + (top - box.getMinY()));
        halo.toFront();
        label.toFront();
        placed.add(new BoundingBox(box.getMinX(), top, box.getWidth(), box.getHeight()));
        return true;
    }

    /**
     * Whether another point sits just before a name put on its point's left, level with it: the name
     * would then stand between two points, and read as either's.
     */
    private boolean pointJustBefore(Bounds box, double top, Text label, List<String> together) {
        double line = label.getLayoutBounds().getHeight();
        double middle = top + box.getHeight() / 2;
        for (var other : anchors.entrySet()) {
            double[] point = other.getValue();
            if (!together.contains(other.getKey())
                    && point[0] < box.getMinX()
                    && point[0] > box.getMinX() - 1.5 * line
                    && Math.abs(point[1] - middle) < line) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name's box (its halo included; its y is the baseline) can go, nearest level with its
     * point, or NaN. Moving it puts its edge at the edge of the box it hit, exactly, so a box never meets
     * the same one twice.
     */
    private double freeTop(
            double[] at,
            Text label,
            Bounds box,
            List<Bounds> placed,
            List<String> together,
            boolean upward,
            double bottom) {
        // Only what lies across the name's width can be in its way up or down.
        List<Bounds> obstacles = new ArrayList<>();
        placed.stream().filter(other -> across(box, other)).forEach(obstacles::add);
        anchors.forEach((other, point) -> {
            Bounds mark =
                    new BoundingBox(point[0] - MARK_RADIUS, point[1] - MARK_RADIUS, 2 * MARK_RADIUS, 2 * MARK_RADIUS);
            if (!together.contains(other) && across(box, mark)) {
                obstacles.add(mark);
            }
        });
        // Kept inside the plot, where the chart clips: a name is never pushed out past its edge.
        double line = label.getLayoutBounds().getHeight();
        // Where the words' middle is below the top of the halo's box, which is not centred on them.
        double middle = label.getLayoutBounds().getMinY() + line / 2 - box.getMinY();
        double natural = Math.max(0, Math.min(box.getMinY(), bottom - box.getHeight()));
        double below = free(box, natural, obstacles, true);
        double above = free(box, natural, obstacles, false);
        double top = Double.NaN;
        for (double candidate : upward ? new double[] {above, below} : new double[] {below, above}) {
            boolean inside = candidate >= 0 && candidate + box.getHeight() <= bottom;
            // A name pushed more than a line and a half from its point, or nearer another point than
            // its own, reads as another point's name: it is not drawn, and its point's tooltip names it.
            if (inside
                    && Math.abs(candidate - box.getMinY()) <= line * 1.5
                    && nearestIsOwn(at, candidate + middle, together)
                    && (Double.isNaN(top) || Math.abs(candidate - natural) < Math.abs(top - natural))) {
                top = candidate;
            }
        }
        return top;
    }

    /**
     * Whether a name beside the point {@code at}, its middle at {@code middleY}, is nearer that point
     * than any other: a reader gives a name to the point nearest its start.
     */
    private boolean nearestIsOwn(double[] at, double middleY, List<String> together) {
        double own = Math.abs(middleY - at[1]);
        for (var other : anchors.entrySet()) {
            if (!together.contains(other.getKey())
                    && Math.hypot(other.getValue()[0] - at[0], other.getValue()[1] - middleY) <= own) {
                return false;
            }
        }
        return true;
    }

    private static boolean across(Bounds box, Bounds other) {
        return box.getMinX() < other.getMaxX() && box.getMaxX() > other.getMinX();
    }

    /** Whether two points are drawn (nearly) on one another. */
    private static boolean coincide(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]) <= COINCIDE;
    }

    /** The first top, from {@code top} down (or up), at which the box meets none of those placed. */
    private static double free(Bounds box, double top, List<Bounds> placed, boolean down) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Bounds other : placed) {
                if (box.getMinX() < other.getMaxX()
                        && box.getMaxX() > other.getMinX()
                        // Exactly touching is free: (y - h) + h can come out a hair over y, which would
                        // move the box up forever.
                        && top < other.getMaxY() - EDGE
                        && top + box.getHeight() > other.getMinY() + EDGE) {
                    top = down ? other.getMaxY() : other.getMinY() - box.getHeight();
                    moved = true;
                }
            }
        }
        return top;
    }
}
