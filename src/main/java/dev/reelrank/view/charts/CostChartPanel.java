package dev.reelrank.view.charts;

import dev.reelrank.model.CostBasis;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.charts.CostChartViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The cost chart with its title, its per-minute / per-clip switch, a logarithmic-axis switch and
 * its footnote on sources. In the window, a chart with more products than its room allows
 * scrolls; on a slide it fits.
 */
public final class CostChartPanel extends VBox {
    private final CostChartViewModel viewModel;
    private final RowsViewport viewport;
    private ValueAxis<Number> valueAxis;
    private ProductBarChart chart;

    /** The chart as the window shows it. */
    public CostChartPanel(CostChartViewModel viewModel, Texts texts) {
        this(viewModel, texts, false);
    }

    public CostChartPanel(CostChartViewModel viewModel, Texts texts, boolean onSlide) {
        this.viewModel = viewModel;
        this.texts = texts;
        getStyleClass().add("chart-panel");
        setId("cost-chart-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(0);
        ToggleButton perMinute = new ToggleButton(texts.get("chart.basis.minute"));
        perMinute.setId("basis-minute");
        ToggleButton perClip = new ToggleButton(texts.get("chart.basis.clip"));
        perClip.setId("basis-clip");
        SegmentedButton basis = new SegmentedButton(perMinute, perClip);
        basis.getStyleClass().add("basis-switch");
        basis.setMinWidth(Region.USE_PREF_SIZE);
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
        CheckBox log = new CheckBox(texts.get("chart.cost.log"));
        log.setId("cost-log");
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.selectedProperty().bindBidirectional(viewModel.logAxisProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, log, basis);
        header.getStyleClass().add("chart-header");

        ChartNote footnote = new ChartNote("cost-footnote", viewModel.footnoteProperty());
        viewport = new RowsViewport(onSlide);
        VBox.setVgrow(viewport, Priority.ALWAYS);
        getChildren().addAll(header, viewport, footnote);
        buildChart();
        // The axis kind is fixed when a chart is made, so switching scales makes a new chart.
        viewModel.logAxisProperty().addListener((obs, old, value) -> {
            buildChart();
        });
        viewModel.bars().addListener((ListChangeListener<ChartBar>) change -> refresh());
    }

    private final Texts texts;

    private void buildChart() {
        boolean log = viewModel.logAxisProperty().get();
        if (log) {
            valueAxis = new LogAxis(texts.locale());
        } else {
            NiceAxis linear = new NiceAxis(texts.locale());
            linear.setMinorTickVisible(false);
            valueAxis = linear;
        }
        valueAxis.labelProperty().bind(viewModel.axisLabelProperty());
        chart = new ProductBarChart(valueAxis, new CategoryAxis(), ProductBarChart.Marks.BARS);
        chart.setId("cost-chart");
        viewport.show(chart);
        refresh();
    }

    private void refresh() {
        List<ChartBar> bars = viewModel.bars();
        double max = bars.stream()
                .filter(ChartBar::hasValue)
                .mapToDouble(ChartBar::value)
                .max()
                .orElse(1);
        if (valueAxis instanceof LogAxis log) {
            // A long value label on a long bar ("219.00 · discontinued Jun 2026") needs more room to
            // its right than a bare figure.
            int extra = Math.max(
                    0,
                    bars.stream()
                                    .filter(ChartBar::hasValue)
                                    .filter(b -> b.value() >= max / 2)
                                    .mapToInt(b -> b.label().length())
                                    .max()
                                    .orElse(0)
                            - 8);
            double min = bars.stream()
                    .filter(ChartBar::hasValue)
                    .mapToDouble(ChartBar::value)
                    .filter(v -> v > 0)
                    .min()
                    .orElse(1);
            // A decade to the right of the costliest bar's end leaves room for its value label.
            log.fit(min, max * 1.6 * (1 + 0.05 * extra));
            chart.show(bars, log.getLowerBound());
        } else {
            // From zero to the longest bar, and as much further as the bars' value labels need, measured
            // once the labels exist.
            chart.fitValueAxis(0, max);
            chart.show(bars, 0);
            chart.fitValueAxis(0, max);
        }
    }

    ProductBarChart chart() {
        return chart;
    }

    /** The bars the view model asks for, top first; tests compare what is drawn with them. */
    public List<ChartBar> wantedBars() {
        return viewModel.bars();
    }
}
