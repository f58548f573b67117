package dev.reelrank.view;

import dev.reelrank.viewmodel.ChartBar;
import dev.reelrank.viewmodel.RatingChartViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The rating chart with its 95 % interval whiskers, and a note naming the votes it rests on. */
final class RatingChartPanel extends VBox {
    private final RatingChartViewModel viewModel;
    private final NumberAxis valueAxis = new NumberAxis();
    private final ProductBarChart chart;

    RatingChartPanel(RatingChartViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("chart-panel");
        setId("rating-chart-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());

        valueAxis.setAutoRanging(false);
        valueAxis.lowerBoundProperty().bind(viewModel.lowerBoundProperty());
        valueAxis.upperBoundProperty().bind(viewModel.upperBoundProperty());
        valueAxis.labelProperty().bind(viewModel.axisLabelProperty());
        chart = new ProductBarChart(valueAxis, new CategoryAxis());
        chart.setId("rating-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label note = new Label();
        note.setId("rating-source-note");
        note.getStyleClass().add("chart-footnote");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.textProperty().bind(viewModel.sourceNoteProperty());
        getChildren().addAll(title, chart, note);

        viewModel.bars().addListener((ListChangeListener<ChartBar>) change -> refresh());
        viewModel.lowerBoundProperty().addListener((obs, old, value) -> refresh());
        refresh();
    }

    private void refresh() {
        double range = valueAxis.getUpperBound() - valueAxis.getLowerBound();
        valueAxis.setTickUnit(NiceScale.step(range, 6));
        chart.show(viewModel.bars(), viewModel.lowerBoundProperty().get());
    }

    ProductBarChart chart() {
        return chart;
    }
}
