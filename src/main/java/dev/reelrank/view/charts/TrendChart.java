package dev.reelrank.view.charts;

import dev.reelrank.viewmodel.charts.ChartPoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

/**
 * One line per product family over release dates, points in each product's colour with its name,
 * and 95 % interval whiskers when it shows ratings. Points move in place when values change.
 */
public final class TrendChart extends LineChart<Number, Number> {
    private final Map<String, XYChart.Series<Number, Number>> seriesByFamily = new HashMap<>();
    private final Map<String, XYChart.Data<Number, Number>> dataById = new HashMap<>();
    private final Map<String, ChartPoint> pointById = new HashMap<>();
    private final Map<String, Line> whiskers = new HashMap<>();
    private final PointLabels labels = new PointLabels(getPlotChildren());
    private final DateAxis dateAxis;
    private final NiceAxis valueAxis;

    TrendChart(DateAxis dateAxis, NiceAxis valueAxis) {
        super(dateAxis, valueAxis);
        this.dateAxis = dateAxis;
        this.valueAxis = valueAxis;
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
        getStyleClass().add("trend-chart");
    }

    void show(List<ChartPoint> points, Map<String, String> familyColours, boolean whiskersOn) {
        Set<String> present = new HashSet<>();
        Set<String> families = new HashSet<>();
        for (ChartPoint point : points) {
            present.add(point.productId());
            families.add(point.series());
            pointById.put(point.productId(), point);
            XYChart.Series<Number, Number> series = seriesByFamily.computeIfAbsent(point.series(), family -> {
                XYChart.Series<Number, Number> created = new XYChart.Series<>();
                created.setName(family);
                getData().add(created);
                return created;
            });
            XYChart.Data<Number, Number> moved = dataById.get(point.productId());
            if (moved != null && !series.getData().contains(moved)) {
                // Its family changed: the point moves to the other line.
                seriesOf(moved).getData().remove(moved);
                dataById.remove(point.productId());
            }
            Node symbol = ChartPointData.place(dataById, series, point).getNode();
            if (symbol != null) {
                symbol.setStyle("-fx-background-color: " + point.color() + ", white; -fx-background-insets: 0, 3;"
                        + " -fx-background-radius: 6px; -fx-padding: 6px;");
                labels.tooltip(point.productId(), symbol, point.tooltip());
            }
            Line whisker = whiskers.get(point.productId());
            if (whiskersOn && point.low() != null) {
                if (whisker == null) {
                    whisker = new Line();
                    whisker.getStyleClass().add("interval-whisker-line");
                    getPlotChildren().add(whisker);
                    whiskers.put(point.productId(), whisker);
                }
            } else if (whisker != null) {
                getPlotChildren().remove(whiskers.remove(point.productId()));
            }
        }
        for (String gone : new ArrayList<>(dataById.keySet())) {
            if (!present.contains(gone)) {
                XYChart.Data<Number, Number> data = dataById.remove(gone);
                seriesOf(data).getData().remove(data);
                pointById.remove(gone);
                getPlotChildren().remove(whiskers.remove(gone));
            }
        }
        for (String family : new ArrayList<>(seriesByFamily.keySet())) {
            if (!families.contains(family)) {
                getData().remove(seriesByFamily.remove(family));
            }
        }
        seriesByFamily.forEach((family, series) -> {
            if (series.getNode() != null) {
                // Only the colour inline: the width comes from the style sheet, wider on a projector.
                // A family without a colour of its own is drawn in the theme's muted token.
                series.getNode().setStyle("-fx-stroke: " + familyColours.getOrDefault(family, "-rr-muted") + ";");
            }
        });
        labels.update(points);
        fitDates(points);
        requestChartLayout();
    }

    private XYChart.Series<Number, Number> seriesOf(XYChart.Data<Number, Number> data) {
        return seriesByFamily.values().stream()
                .filter(s -> s.getData().contains(data))
                .findFirst()
                .orElseThrow();
    }

    /** Room before the first release and, for the names beside the points, after the last. */
    private void fitDates(List<ChartPoint> points) {
        double min = points.stream()
                .mapToDouble(ChartPoint::x)
                .min()
                .orElse((double) LocalDate.now(ZoneId.systemDefault()).toEpochDay() - 365);
        double max = points.stream().mapToDouble(ChartPoint::x).max().orElse((double)
                LocalDate.now(ZoneId.systemDefault()).toEpochDay());
        double span = Math.max(120, max - min);
        dateAxis.fit(min - span * 0.08, max + span * 0.22);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        dataById.forEach((id, data) -> {
            ChartPoint point = pointById.get(id);
            double x = dateAxis.getDisplayPosition(data.getXValue());
            double y = valueAxis.getDisplayPosition(data.getYValue());
            Line whisker = whiskers.get(id);
            if (whisker != null && point != null && point.low() != null) {
                whisker.setStartX(x);
                whisker.setEndX(x);
                whisker.setStartY(valueAxis.getDisplayPosition(point.low()));
                whisker.setEndY(valueAxis.getDisplayPosition(point.high()));
                whisker.toBack();
            }
            labels.place(id, x, y);
        });
        labels.layout();
    }

    /** The y value shown for a product, or null; for tests. */
    public Double valueOf(String productId) {
        XYChart.Data<Number, Number> data = dataById.get(productId);
        return data == null ? null : data.getYValue().doubleValue();
    }

    /** The product ids on each family's line, in date order; for tests. */
    public Map<String, List<Number>> lines() {
        Map<String, List<Number>> lines = new HashMap<>();
        seriesByFamily.forEach((family, series) -> lines.put(
                family, series.getData().stream().map(XYChart.Data::getXValue).toList()));
        return lines;
    }
}
