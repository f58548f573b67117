package dev.reelrank.view;

import dev.reelrank.viewmodel.ChartPoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Duration;

/** The name beside each point of a chart, and the tooltip on each point, kept per product id. */
final class PointLabels {
    private final ObservableList<Node> plotChildren;
    private final Map<String, Text> labels = new HashMap<>();
    private final Map<String, Tooltip> tooltips = new HashMap<>();

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
                plotChildren.add(text);
                return text;
            });
            label.setText(point.name());
        }
        labels.keySet().removeIf(id -> {
            if (!present.contains(id)) {
                plotChildren.remove(labels.get(id));
                tooltips.remove(id);
                return true;
            }
            return false;
        });
    }

    void tooltip(String productId, Node node, String text) {
        if (node == null) {
            return;
        }
        Tooltip tooltip = tooltips.computeIfAbsent(productId, id -> {
            Tooltip t = new Tooltip();
            t.setShowDelay(Duration.millis(200));
            t.setShowDuration(Duration.INDEFINITE);
            t.setWrapText(true);
            t.setMaxWidth(480);
            return t;
        });
        tooltip.setText(text);
        Tooltip.install(node, tooltip);
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

    /** Puts each name right of its point, nudging names down where they would overlap. */
    void layout() {
        List<Map.Entry<String, double[]>> byY = new java.util.ArrayList<>(anchors.entrySet());
        byY.removeIf(e -> !labels.containsKey(e.getKey()));
        byY.sort(java.util.Comparator.comparingDouble(e -> e.getValue()[1]));
        List<javafx.geometry.Bounds> placed = new java.util.ArrayList<>();
        for (var entry : byY) {
            Text label = labels.get(entry.getKey());
            double x = entry.getValue()[0] + 8;
            double y = entry.getValue()[1] + 4;
            double height = label.getLayoutBounds().getHeight();
            double width = label.getLayoutBounds().getWidth();
            boolean moved = true;
            while (moved) {
                moved = false;
                for (javafx.geometry.Bounds other : placed) {
                    if (x < other.getMaxX() && x + width > other.getMinX()
                            && y - height < other.getMaxY() && y > other.getMinY()) {
                        y = other.getMaxY() + height;
                        moved = true;
                    }
                }
            }
            label.setX(x);
            label.setY(y);
            label.toFront();
            placed.add(new javafx.geometry.BoundingBox(x, y - height, width, height));
        }
        anchors.keySet().retainAll(labels.keySet());
    }
}
