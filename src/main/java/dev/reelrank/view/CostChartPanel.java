package dev.reelrank.view;

import dev.reelrank.model.CostBasis;
import dev.reelrank.viewmodel.ChartBar;
import dev.reelrank.viewmodel.CostChartViewModel;
import dev.reelrank.viewmodel.Texts;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** The cost chart with its title, its per-minute / per-clip switch and its footnote on sources. */
final class CostChartPanel extends VBox {
    private final CostChartViewModel viewModel;
    private final NumberAxis valueAxis = new NumberAxis();
    private final ProductBarChart chart;

    CostChartPanel(CostChartViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        getStyleClass().add("chart-panel");
        setId("cost-chart-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());
        ToggleButton perMinute = new ToggleButton(texts.get("chart.basis.minute"));
        perMinute.setId("basis-minute");
        ToggleButton perClip = new ToggleButton(texts.get("chart.basis.clip"));
        perClip.setId("basis-clip");
        SegmentedButton basis = new SegmentedButton(perMinute, perClip);
        basis.getStyleClass().add("basis-switch");
        // The basis can also change from outside (another file opened): the buttons follow it.
        Runnable showBasis = () -> {
            perMinute.setSelected(viewModel.basisProperty().get() == CostBasis.PER_MINUTE);
            perClip.setSelected(!perMinute.isSelected());
        };
        viewModel.basisProperty().addListener((obs, old, value) -> showBasis.run());
        showBasis.run();
        perMinute.setOnAction(e -> {
            viewModel.basisProperty().set(CostBasis.PER_MINUTE);
            perMinute.setSelected(true);
        });
        perClip.setOnAction(e -> {
            viewModel.basisProperty().set(CostBasis.PER_FIVE_SECOND_CLIP);
            perClip.setSelected(true);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, basis);
        header.getStyleClass().add("chart-header");

        valueAxis.setAutoRanging(false);
        valueAxis.setLowerBound(0);
        valueAxis.labelProperty().bind(viewModel.axisLabelProperty());
        chart = new ProductBarChart(valueAxis, new CategoryAxis());
        chart.setId("cost-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label footnote = new Label();
        footnote.getStyleClass().add("chart-footnote");
        footnote.setWrapText(true);
        footnote.setMinHeight(Region.USE_PREF_SIZE);
        footnote.textProperty().bind(viewModel.footnoteProperty());
        getChildren().addAll(header, chart, footnote);

        viewModel.bars().addListener((ListChangeListener<ChartBar>) change -> refresh());
        refresh();
    }

    private void refresh() {
        List<ChartBar> bars = viewModel.bars();
        double max = bars.stream().filter(ChartBar::hasValue).mapToDouble(ChartBar::value).max().orElse(1);
        // Leave room right of the longest bar for its value label.
        double step = NiceScale.step(max * 1.25, 5);
        valueAxis.setUpperBound(Math.max(step, NiceScale.ceil(max * 1.25, step)));
        valueAxis.setTickUnit(step);
        chart.show(bars, 0);
    }

    ProductBarChart chart() {
        return chart;
    }

    /** The bars the view model asks for, top first; tests compare what is drawn with them. */
    List<ChartBar> wantedBars() {
        return viewModel.bars();
    }
}
