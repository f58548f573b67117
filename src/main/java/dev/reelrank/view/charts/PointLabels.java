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
        }
        labels.keySet().removeIf(id -> {
            if (!present.contains(id)) {
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

    /** Notes where a product's point is; {@link #layout()} then places all names at once. */
    void place(String productId, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            anchors.put(productId, new double[] {x, y});
        } else {
            anchors.remove(productId);
        }
    }

    /**
     * Puts each name right of its point, nudging names down where they would overlap; a name whose
     * point has no place on the axes (say a free product on a log axis) is hidden, not left where it was.
     */
    void layout() {
        place(false, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #layout()}, but from the bottom up: the lowest name first, kept above
     * {@code bottom} (the plot's height, where the chart clips it, halo included), and names
     * nudged up where they would overlap. For charts whose marks crowd near the bottom, such as
     * prices near zero, where nudging down would push a name out of the plot.
     */
    void layoutUpFrom(double bottom) {
        place(true, bottom);
    }

    private void place(boolean upward, double bottom) {
        anchors.keySet().retainAll(labels.keySet());
        labels.forEach((id, label) -> label.setVisible(anchors.containsKey(id)));
        List<Map.Entry<String, double[]>> byY = new ArrayList<>(anchors.entrySet());
        byY.sort(Comparator.comparingDouble(e -> e.getValue()[1]));
        if (upward) {
            Collections.reverse(byY);
        }
        List<Bounds> placed = new ArrayList<>();
        for (var entry : byY) {
            Text label = labels.get(entry.getKey());
            label.setX(entry.getValue()[0] + 8);
            label.setY(entry.getValue()[1] + 4);
            // The box the text is drawn in, its halo included (its y is the baseline); moving it puts
            // its edge at the edge of the box it hit, exactly, so a box never meets the same one twice.
            Text halo = halos.get(entry.getKey());
            Bounds box = halo.getBoundsInLocal();
            // Kept inside the plot, where the chart clips: a name is never pushed out past its edge.
            double top = Math.max(0, upward ? Math.min(box.getMinY(), bottom - box.getHeight()) : box.getMinY());
            top = free(box, top, placed, !upward);
            if (top < 0) {
                top = free(box, 0, placed, true);
            }
            // A name pushed more than a line away from its point reads as the next point's name:
            // it is not drawn, and the point's tooltip still names it.
            if (Math.abs(top - box.getMinY()) > box.getHeight() * 1.5) {
                label.setVisible(false);
                continue;
            }
            label.setY(label.getY() + (top - box.getMinY()));
            halo.toFront();
            label.toFront();
            placed.add(new BoundingBox(box.getMinX(), top, box.getWidth(), box.getHeight()));
        }
    }

    /** The first top, from {@code top} down (or up), at which the box meets none of those placed. */
    private static double free(Bounds box, double top, List<Bounds> placed, boolean down) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Bounds other : placed) {
                if (box.getMinX() < other.getMaxX()
                        && box.getMaxX() > other.getMinX()
                        && top < other.getMaxY()
                        && top + box.getHeight() > other.getMinY()) {
                    top = down ? other.getMaxY() : other.getMinY() - box.getHeight();
                    moved = true;
                }
            }
        }
        return top;
    }
}
