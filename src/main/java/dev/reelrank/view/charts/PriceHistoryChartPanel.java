package dev.reelrank.view.charts;

import dev.reelrank.viewmodel.charts.PriceHistoryChartViewModel;
import dev.reelrank.viewmodel.charts.PriceLine;
import dev.reelrank.viewmodel.charts.PriceStep;
import dev.reelrank.viewmodel.text.Texts;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Price over time" with its log-scale switch and the note on what the lines stand on. */
public final class PriceHistoryChartPanel extends VBox {
    private final PriceHistoryChartViewModel viewModel;
    private final Texts texts;
    private PriceHistoryChart chart;
    private ValueAxis<Number> valueAxis;

    public PriceHistoryChartPanel(PriceHistoryChartViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        getStyleClass().add("chart-panel");
        setId("price-history-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());
        CheckBox log = new CheckBox(texts.get("chart.priceHistory.log"));
        log.setId("price-history-log");
        log.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, log);
        header.getStyleClass().add("chart-header");
        ChartNote note = new ChartNote("price-history-note", viewModel.noteProperty());
        getChildren().addAll(header, note);
        buildChart();
        // The axis kind is fixed when a chart is made, so switching scales makes a new chart.
        viewModel.logScaleProperty().addListener((obs, old, value) -> buildChart());
        viewModel.lines().addListener((ListChangeListener<PriceLine>) change -> refresh());
    }

    private void buildChart() {
        if (chart != null) {
            getChildren().remove(chart);
        }
        DateAxis dateAxis = new DateAxis(
                DateTimeFormatter.ofPattern(texts.get("chart.trend.monthFormat"), texts.locale()),
                DateTimeFormatter.ofPattern(texts.get("chart.trend.yearFormat"), texts.locale()));
        dateAxis.setLabel(texts.get("chart.priceHistory.dateAxis"));
        valueAxis = viewModel.logScaleProperty().get() ? new LogAxis(texts.locale()) : new NiceAxis(texts.locale());
        AxisTitle.bind(valueAxis, viewModel.valueAxisLabelProperty(), viewModel.valueAxisBriefProperty());
        chart = new PriceHistoryChart(dateAxis, valueAxis);
        chart.setId("price-history-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().add(1, chart);
        refresh();
    }

    private void refresh() {
        var steps = viewModel.lines().stream()
                .flatMap(line -> line.steps().stream())
                .toList();
        double max = steps.stream().mapToDouble(PriceStep::y).max().orElse(10);
        if (valueAxis instanceof LogAxis log) {
            log.fit(
                    steps.stream()
                            .mapToDouble(PriceStep::y)
                            .filter(y -> y > 0)
                            .min()
                            .orElse(1),
                    max);
        } else if (valueAxis instanceof NiceAxis linear) {
            linear.fit(0, max * 1.1);
        }
        chart.show(viewModel.lines());
    }

    PriceHistoryChart chart() {
        return chart;
    }
}
