package dev.reelrank.view.charts;

import dev.reelrank.viewmodel.charts.ChartPoint;
import dev.reelrank.viewmodel.charts.PriceLine;
import dev.reelrank.viewmodel.charts.PriceStep;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * One step line per product family over dates: flat while a price holds, straight up or down where
 * a newer generation or a price change takes over, each step marked with a point (hollow where a
 * product's earliest figure is carried back to its release) and its product and figure beside it.
 * The lines and marks are drawn by the chart itself rather than as series, so that a step is one
 * mark however many corners its line has.
 */
final class PriceHistoryChart extends LineChart<Number, Number> {
    private final DateAxis dateAxis;
    private final ValueAxis<Number> valueAxis;
    private final PointLabels labels = new PointLabels(getPlotChildren());
    private final Map<String, Polyline> polylines = new LinkedHashMap<>();
    private final Map<String, Region> points = new LinkedHashMap<>();
    private final Map<String, Rectangle> backdrops = new LinkedHashMap<>();
    private List<PriceLine> lines = List.of();

    PriceHistoryChart(DateAxis dateAxis, ValueAxis<Number> valueAxis) {
        super(dateAxis, valueAxis);
        this.dateAxis = dateAxis;
        this.valueAxis = valueAxis;
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("price-history-chart");
    }

    void show(List<PriceLine> shown) {
        this.lines = List.copyOf(shown);
        getPlotChildren().removeAll(polylines.values());
        getPlotChildren().removeAll(points.values());
        getPlotChildren().removeAll(backdrops.values());
        polylines.clear();
        points.clear();
        backdrops.clear();
        List<ChartPoint> named = new ArrayList<>();
        for (PriceLine line : lines) {
            Polyline drawn = new Polyline();
            drawn.getStyleClass().add("price-line");
            // Only the colour inline: the width comes from the style sheet, wider on a projector.
            drawn.setStyle("-fx-stroke: " + line.color() + ";");
            polylines.put(line.id(), drawn);
            getPlotChildren().add(drawn);
            for (PriceStep step : line.steps()) {
                Region point = new Region();
                point.getStyleClass().add("price-step");
                point.setStyle(
                        step.dated()
                                ? "-fx-background-color: " + step.color()
                                        + "; -fx-background-radius: 6px; -fx-padding: 5px;"
                                : "-fx-background-color: " + step.color()
                                        + ", -rr-surface; -fx-background-insets: 0, 2.5;"
                                        + " -fx-background-radius: 6px; -fx-padding: 5px;");
                point.setManaged(false);
                points.put(step.id(), point);
                Rectangle backdrop = new Rectangle();
                backdrop.getStyleClass().add("price-label-backdrop");
                backdrop.setManaged(false);
                backdrops.put(step.id(), backdrop);
                getPlotChildren().addAll(backdrop, point);
                labels.tooltip(step.id(), point, step.tooltip());
                named.add(new ChartPoint(
                        step.id(),
                        step.label(),
                        step.color(),
                        line.family(),
                        step.x(),
                        step.y(),
                        null,
                        null,
                        step.tooltip()));
            }
        }
        labels.update(named);
        fitDates();
        requestChartLayout();
    }

    /** Room before the first step and, for the names beside the points, after the last. */
    private void fitDates() {
        double today = LocalDate.now(ZoneId.systemDefault()).toEpochDay();
        double first = lines.stream()
                .flatMap(l -> l.steps().stream())
                .mapToDouble(PriceStep::x)
                .min()
                .orElse(today - 365);
        double lastStep = lines.stream()
                .flatMap(l -> l.steps().stream())
                .mapToDouble(PriceStep::x)
                .max()
                .orElse(today);
        double end = lines.stream().mapToDouble(PriceLine::endX).max().orElse(today);
        double span = Math.max(120, Math.max(end, lastStep) - first);
        dateAxis.fit(first - span * 0.05, Math.max(end + span * 0.02, lastStep + span * 0.2));
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (PriceLine line : lines) {
            Polyline drawn = polylines.get(line.id());
            drawn.getPoints().clear();
            double previousY = Double.NaN;
            for (PriceStep step : line.steps()) {
                double x = dateAxis.getDisplayPosition(step.x());
                double y = valueAxis.getDisplayPosition(step.y());
                if (Double.isFinite(previousY)) {
                    drawn.getPoints().addAll(x, previousY);
                }
                if (Double.isFinite(y)) {
                    drawn.getPoints().addAll(x, y);
                }
                previousY = y;
                Region point = points.get(step.id());
                point.autosize();
                point.relocate(x - point.getWidth() / 2, y - point.getHeight() / 2);
                point.setVisible(Double.isFinite(y));
                // On its own line, as the trend chart's names are: its halo keeps the line from
                // striking it through, and a name lifted off its line read as the next line's.
                labels.place(step.id(), x, y);
            }
            if (Double.isFinite(previousY)) {
                drawn.getPoints().addAll(dateAxis.getDisplayPosition(line.endX()), previousY);
            }
            drawn.toBack();
        }
        labels.layoutUpFrom(valueAxis.getHeight());
        // A flat line runs right through its step's name: the gaps between the glyphs' halos
        // showed it as dashes, so each name gets a plain backdrop, under the marks and names.
        backdrops.forEach((id, backdrop) -> {
            Text label = labels.labelOf(id);
            Bounds box = label.getBoundsInParent();
            backdrop.setX(box.getMinX());
            backdrop.setY(box.getMinY());
            backdrop.setWidth(box.getWidth());
            backdrop.setHeight(box.getHeight());
            backdrop.setVisible(label.isVisible());
            backdrop.toFront();
        });
        points.values().forEach(Node::toFront);
        backdrops.keySet().forEach(id -> labels.labelOf(id).toFront());
    }

    /** The mark drawn for a step; for tests. */
    Region pointOf(String stepId) {
        return points.get(stepId);
    }

    /** The name and figure beside a step's mark; for tests. */
    Text labelOf(String stepId) {
        return labels.labelOf(stepId);
    }

    /** Each line's corners in plot coordinates, by line id; for tests. */
    Map<String, List<Double>> drawnLines() {
        Map<String, List<Double>> drawn = new HashMap<>();
        polylines.forEach((id, line) -> drawn.put(id, List.copyOf(line.getPoints())));
        return drawn;
    }

    /** The polyline drawn for a line; for tests. */
    Polyline polylineOf(String lineId) {
        return polylines.get(lineId);
    }
}
