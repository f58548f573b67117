package dev.reelrank.view.charts;

import dev.reelrank.viewmodel.charts.ChartPoint;
import dev.reelrank.viewmodel.charts.ValueChartViewModel;
import dev.reelrank.viewmodel.text.Texts;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The value chart, with a switch between a logarithmic and a linear cost axis. */
public final class ValueChartPanel extends VBox {
    private final ValueChartViewModel viewModel;
    private final Texts texts;
    private ValueChart chart;
    private ValueAxis<Number> costAxis;

    public ValueChartPanel(ValueChartViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        getStyleClass().add("chart-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());
        CheckBox log = new CheckBox(texts.get("chart.value.log"));
        log.setId("value-log");
        log.selectedProperty().bindBidirectional(viewModel.logCostProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, log);
        header.getStyleClass().add("chart-header");
        ChartNote note = new ChartNote("value-note", viewModel.noteProperty());
        getChildren().addAll(header, note);
        buildChart();
        // The axis kind is fixed when a chart is made, so switching scales makes a new chart.
        viewModel.logCostProperty().addListener((obs, old, value) -> buildChart());
        viewModel.points().addListener((ListChangeListener<ChartPoint>) change -> refresh());
    }

    private void buildChart() {
        if (chart != null) {
            getChildren().remove(chart);
        }
        costAxis = viewModel.logCostProperty().get() ? new LogAxis(texts.locale()) : new NiceAxis(texts.locale());
        costAxis.labelProperty().bind(viewModel.costAxisLabelProperty());
        NiceAxis ratings = new NiceAxis(texts.locale());
        AxisTitle.bind(ratings, viewModel.ratingAxisLabelProperty(), viewModel.ratingAxisBriefProperty());
        chart = new ValueChart(costAxis, ratings, texts.get("chart.value.better"));
        chart.setId("value-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().add(1, chart);
        refresh();
    }

    private void refresh() {
        var points = viewModel.points();
        double minCost = points.stream()
                .mapToDouble(ChartPoint::x)
                .filter(x -> x > 0)
                .min()
                .orElse(1);
        double maxCost = points.stream().mapToDouble(ChartPoint::x).max().orElse(10);
        if (costAxis instanceof LogAxis log) {
            log.fit(minCost, maxCost);
        } else if (costAxis instanceof NiceAxis linear) {
            linear.fit(0, maxCost * 1.2);
        }
        NiceAxis ratings = (NiceAxis) chart.getYAxis();
        double low =
                Math.min(950, points.stream().mapToDouble(ChartPoint::y).min().orElse(950));
        double high =
                Math.max(1050, points.stream().mapToDouble(ChartPoint::y).max().orElse(1050));
        double pad = (high - low) * 0.05;
        ratings.fit(low - pad, high + pad);
        chart.show(points, viewModel.frontier());
    }

    ValueChart chart() {
        return chart;
    }
}
