package dev.reelrank.view.charts;

import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.RatingSource;
import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.charts.RatingChartViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * The rating chart: each product's rating as a point on its 95 % interval, as arena leaderboards
 * draw them, and a note naming the votes they rest on. In the window, a chart with more products
 * than its room allows scrolls; on a slide it fits.
 */
public final class RatingChartPanel extends VBox {
    private final List<Object> kept = new ArrayList<>();
    private final RatingChartViewModel viewModel;
    private final NiceAxis valueAxis;
    private final ProductBarChart chart;

    /** The chart as the window shows it. */
    public RatingChartPanel(RatingChartViewModel viewModel, Texts texts) {
        this(viewModel, texts, false);
    }

    public RatingChartPanel(RatingChartViewModel viewModel, Texts texts, boolean onSlide) {
        this.viewModel = viewModel;
        getStyleClass().add("chart-panel");
        setId("rating-chart-panel");
        Label title = new Label();
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(0);

        var ratings = viewModel.ratings();
        ToggleButton published = new ToggleButton(texts.get("rating.sourcePublished"));
        published.setId("source-published");
        published.disableProperty().bind(Bindings.isEmpty(ratings.boards()));
        ToggleButton aggregate = new ToggleButton(texts.get("rating.sourceAggregate"));
        aggregate.setId("source-aggregate");
        aggregate.disableProperty().bind(ratings.aggregateAvailableProperty().not());
        ToggleButton headToHead = new ToggleButton(texts.get("rating.sourceHeadToHead"));
        headToHead.setId("source-head-to-head");
        headToHead.disableProperty().bind(ratings.headToHeadAvailableProperty().not());
        ComboBox<Leaderboard> board = new ComboBox<>(ratings.boards());
        board.setId("rating-board");
        HoverTip.follow(board, texts.get("rating.boardTip"), 480);
        board.setConverter(new StringConverter<>() {
            @Override
            public String toString(Leaderboard value) {
                return value == null ? "" : texts.get("board." + value.id());
            }

            @Override
            public Leaderboard fromString(String text) {
                return null;
            }
        });
        board.setMinWidth(Region.USE_PREF_SIZE);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            RatingSource current = ratings.sourceProperty().get();
            published.setSelected(current == RatingSource.PUBLISHED);
            aggregate.setSelected(current == RatingSource.AGGREGATE_VOTES);
            headToHead.setSelected(current == RatingSource.HEAD_TO_HEAD);
            // The board choice belongs to published scores: it shows only with them.
            board.setVisible(current == RatingSource.PUBLISHED);
            board.setManaged(current == RatingSource.PUBLISHED);
            board.setValue(ratings.boardProperty().get());
            syncing[0] = false;
        };
        follow(ratings.sourceProperty(), sync);
        follow(ratings.boardProperty(), sync);
        published.setOnAction(e -> {
            ratings.useSource(RatingSource.PUBLISHED);
            sync.run();
        });
        aggregate.setOnAction(e -> {
            ratings.useSource(RatingSource.AGGREGATE_VOTES);
            sync.run();
        });
        headToHead.setOnAction(e -> {
            ratings.useSource(RatingSource.HEAD_TO_HEAD);
            sync.run();
        });
        board.valueProperty().addListener((obs, old, value) -> {
            if (!syncing[0] && value != null && value != ratings.boardProperty().get()) {
                ratings.useBoard(value);
            }
        });
        sync.run();
        var source = new SegmentedButton(published, aggregate, headToHead);
        source.setMinWidth(Region.USE_PREF_SIZE);
        HoverTip.follow(source, texts.get("rating.sourceTip"), 480);
        // The title and the source controls share a row where the panel is wide enough; in a narrow
        // one (half a 1280-px window, with a board named) the controls wrap under the title rather
        // than cut it to "Publ…".
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, board, source);
        controls.setAlignment(Pos.CENTER_LEFT);
        FlowPane header = new FlowPane(16, 4, title, controls);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("chart-header");

        valueAxis = new NiceAxis(texts.locale());
        valueAxis.labelProperty().bind(viewModel.axisLabelProperty());
        valueAxis.setMinorTickVisible(false);
        chart = new ProductBarChart(valueAxis, new CategoryAxis(), ProductBarChart.Marks.POINTS);
        chart.setId("rating-chart");
        RowsViewport viewport = new RowsViewport(onSlide);
        viewport.show(chart);
        VBox.setVgrow(viewport, Priority.ALWAYS);

        ChartNote note = new ChartNote("rating-source-note", viewModel.sourceNoteProperty());
        getChildren().addAll(header, viewport, note);

        // The view model sets its bounds before its bars: a bound only moves the axis, new bars redraw.
        ListChangeListener<ChartBar> redraw = change -> refresh();
        kept.add(redraw);
        viewModel.bars().addListener(new WeakListChangeListener<>(redraw));
        follow(viewModel.lowerBoundProperty(), this::fitAxis);
        follow(viewModel.upperBoundProperty(), this::fitAxis);
        refresh();
    }

    /**
     * Runs {@code step} when {@code value} changes, for as long as this panel is in use. The view
     * model outlives panels made for a while (each blind test's results screen makes one): it holds
     * only weak listeners, and the panel the strong ones, so a panel no longer shown can be collected.
     */
    private <T> void follow(ObservableValue<T> value, Runnable step) {
        ChangeListener<T> listener = (obs, old, now) -> step.run();
        kept.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    private void fitAxis() {
        chart.fitValueAxis(
                viewModel.lowerBoundProperty().get(),
                viewModel.upperBoundProperty().get());
    }

    private void refresh() {
        fitAxis();
        chart.show(viewModel.bars(), viewModel.lowerBoundProperty().get());
        fitAxis();
    }

    ProductBarChart chart() {
        return chart;
    }

    /** The bars the view model asks for, top first; tests compare what is drawn with them. */
    public List<ChartBar> wantedBars() {
        return viewModel.bars();
    }
}
