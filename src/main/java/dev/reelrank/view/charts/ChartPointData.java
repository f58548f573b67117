package dev.reelrank.view.charts;

import dev.reelrank.viewmodel.charts.ChartPoint;
import java.util.Map;
import javafx.scene.chart.XYChart;

/** A product's point in a chart series, kept by product id: added once, then moved in place. */
final class ChartPointData {
    private ChartPointData() {}

    /** The point's data item in {@code series}: new, or the one already there with its values set. */
    static XYChart.Data<Number, Number> place(
            Map<String, XYChart.Data<Number, Number>> byId, XYChart.Series<Number, Number> series, ChartPoint point) {
        XYChart.Data<Number, Number> data = byId.get(point.productId());
        if (data == null) {
            data = new XYChart.Data<>(point.x(), point.y());
            byId.put(point.productId(), data);
            series.getData().add(data);
        } else {
            data.setXValue(point.x());
            data.setYValue(point.y());
        }
        return data;
    }
}
