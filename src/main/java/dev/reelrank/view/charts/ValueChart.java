package dev.reelrank.view.charts;

import dev.reelrank.viewmodel.charts.ChartPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * Rating against cost: a point per product, the Pareto frontier joining the products no other
 * beats on both, and the shaded region where a product would be better and cheaper than one on
 * the frontier.
 */
public final class ValueChart extends ScatterChart<Number, Number> {
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Map<String, XYChart.Data<Number, Number>> dataById = new HashMap<>();
    private final PointLabels labels = new PointLabels(getPlotChildren());
    private final Polygon region = new Polygon();
    private final Polyline frontierLine = new Polyline();
    private final Text regionLabel = new Text();
    private final ValueAxis<Number> costAxis;
    private final ValueAxis<Number> ratingAxis;
    private List<String> frontier = List.of();

    ValueChart(ValueAxis<Number> costAxis, ValueAxis<Number> ratingAxis, String regionText) {
        super(costAxis, ratingAxis);
        this.costAxis = costAxis;
        this.ratingAxis = ratingAxis;
        setAnimated(false);
        setLegendVisible(false);
        getData().add(series);
        getStyleClass().add("value-chart");
        region.getStyleClass().add("better-cheaper-region");
        frontierLine.getStyleClass().add("frontier-line");
        regionLabel.getStyleClass().add("region-label");
        regionLabel.setText(regionText);
        getPlotChildren().addAll(region, frontierLine, regionLabel);
    }

    void show(List<ChartPoint> points, List<String> frontierIds) {
        this.frontier = List.copyOf(frontierIds);
        Set<String> present = new HashSet<>();
        for (ChartPoint point : points) {
            present.add(point.productId());
            Node symbol = ChartPointData.place(dataById, series, point).getNode();
            if (symbol != null) {
                symbol.setStyle("-fx-background-color: " + point.color() + "; -fx-background-radius: 7px;"
                        + " -fx-padding: 7px;");
                labels.tooltip(point.productId(), symbol, point.tooltip());
            }
        }
        for (String gone : new ArrayList<>(dataById.keySet())) {
            if (!present.contains(gone)) {
                series.getData().remove(dataById.remove(gone));
            }
        }
        labels.update(points);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        dataById.forEach((id, data) -> labels.place(
                id, costAxis.getDisplayPosition(data.getXValue()), ratingAxis.getDisplayPosition(data.getYValue())));
        labels.layout();
        List<double[]> steps = new ArrayList<>();
        for (String id : frontier) {
            XYChart.Data<Number, Number> data = dataById.get(id);
            if (data != null) {
                steps.add(new double[] {
                    costAxis.getDisplayPosition(data.getXValue()), ratingAxis.getDisplayPosition(data.getYValue())
                });
            }
        }
        region.getPoints().clear();
        frontierLine.getPoints().clear();
        regionLabel.setVisible(!steps.isEmpty());
        if (steps.isEmpty()) {
            return;
        }
        // The region above-left of the staircase through the frontier: cheaper than a frontier
        // product and rated higher than it. From each frontier product the staircase rises to the
        // next one's rating, then runs across to it; the frontier line is that staircase, so the
        // line and the region's edge are one and the same.
        double left = 0;
        double top = 0;
        region.getPoints().addAll(left, top, left, steps.getFirst()[1]);
        for (int i = 0; i < steps.size(); i++) {
            double[] here = steps.get(i);
            region.getPoints().addAll(here[0], here[1]);
            frontierLine.getPoints().addAll(here[0], here[1]);
            if (i + 1 < steps.size()) {
                double nextY = steps.get(i + 1)[1];
                region.getPoints().addAll(here[0], nextY);
                frontierLine.getPoints().addAll(here[0], nextY);
            } else {
                region.getPoints().addAll(here[0], top);
            }
        }
        region.toBack();
        regionLabel.setX(left + 8);
        regionLabel.setY(top + 18);
        regionLabel.toFront();
    }

    /** The point shown for a product as {cost, rating}, or null; for tests. */
    public double[] pointOf(String productId) {
        XYChart.Data<Number, Number> data = dataById.get(productId);
        return data == null
                ? null
                : new double[] {data.getXValue().doubleValue(), data.getYValue().doubleValue()};
    }

    public List<String> frontier() {
        return frontier;
    }
}
