package dev.reelrank.view.charts;

import dev.reelrank.model.TrendMetric;
import dev.reelrank.viewmodel.charts.ChartPoint;
import dev.reelrank.viewmodel.charts.TrendChartViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** The trend chart with its rating / cost switch and the note on what ratings compare. */
public final class TrendChartPanel extends VBox {
    private final TrendChartViewModel viewModel;
    private final NiceAxis valueAxis;
    private final TrendChart chart;

    public TrendChartPanel(TrendChartViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.valueAxis = new NiceAxis(texts.locale());
        getStyleClass().add("chart-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());
        ToggleButton rating = new ToggleButton(texts.get("chart.trend.metric.rating"));
        rating.setId("trend-rating");
        ToggleButton cost = new ToggleButton(texts.get("chart.trend.metric.cost"));
        cost.setId("trend-cost");
        SegmentedButton metric = new SegmentedButton(rating, cost);
        Runnable showMetric = () -> {
            rating.setSelected(viewModel.metricProperty().get() == TrendMetric.RATING);
            cost.setSelected(!rating.isSelected());
        };
        viewModel.metricProperty().addListener((obs, old, value) -> showMetric.run());
        showMetric.run();
        rating.setOnAction(e -> {
            viewModel.metricProperty().set(TrendMetric.RATING);
            rating.setSelected(true);
        });
        cost.setOnAction(e -> {
            viewModel.metricProperty().set(TrendMetric.COST_PER_MINUTE);
            cost.setSelected(true);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, metric);
        header.getStyleClass().add("chart-header");

        DateAxis dateAxis = new DateAxis(
                DateTimeFormatter.ofPattern(texts.get("chart.trend.monthFormat"), texts.locale()),
                DateTimeFormatter.ofPattern(texts.get("chart.trend.yearFormat"), texts.locale()));
        dateAxis.setLabel(texts.get("chart.trend.dateAxis"));
        AxisTitle.bind(valueAxis, viewModel.valueAxisLabelProperty(), viewModel.valueAxisBriefProperty());
        chart = new TrendChart(dateAxis, valueAxis);
        chart.setId("trend-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        ChartNote note = new ChartNote("trend-note", viewModel.noteProperty());
        getChildren().addAll(header, chart, note);

        viewModel.points().addListener((ListChangeListener<ChartPoint>) change -> refresh());
        refresh();
    }

    private void refresh() {
        boolean rating = viewModel.metricProperty().get() == TrendMetric.RATING;
        var points = viewModel.points();
        if (rating) {
            double low = points.stream()
                    .mapToDouble(p -> p.low() == null ? p.y() : p.low())
                    .min()
                    .orElse(950);
            double high = points.stream()
                    .mapToDouble(p -> p.high() == null ? p.y() : p.high())
                    .max()
                    .orElse(1100);
            low = Math.min(low, 950);
            high = Math.max(high, 1050);
            double pad = (high - low) * 0.05;
            valueAxis.fit(low - pad, high + pad);
        } else {
            double max = points.stream().mapToDouble(p -> p.y()).max().orElse(1);
            valueAxis.fit(0, max * 1.1);
        }
        chart.show(points, viewModel.familyColours(), rating);
    }

    TrendChart chart() {
        return chart;
    }
}
