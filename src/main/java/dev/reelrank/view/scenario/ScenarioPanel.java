package dev.reelrank.view.scenario;

import dev.reelrank.view.charts.ChartNote;
import dev.reelrank.view.charts.NiceAxis;
import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.controls.ValidatingTextField;
import dev.reelrank.viewmodel.scenario.ScenarioLine;
import dev.reelrank.viewmodel.scenario.ScenarioPriceChoice;
import dev.reelrank.viewmodel.scenario.ScenarioRow;
import dev.reelrank.viewmodel.scenario.ScenarioViewModel;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The scenario calculator: the three inputs, a line chart of yearly spend against the AI share with
 * GF Securities' projection as reference points, and the table of clips and spend per product and share.
 */
public final class ScenarioPanel extends VBox {
    private final ScenarioViewModel viewModel;
    private final Texts texts;
    private final NiceAxis shareAxis;
    private final NiceAxis spendAxis;
    private final LineChart<Number, Number> chart;
    private final Map<String, XYChart.Series<Number, Number>> seriesById = new HashMap<>();
    private final XYChart.Series<Number, Number> reference = new XYChart.Series<>();
    private final FlowPane legend = new FlowPane(14, 4);
    private final FieldFeedback feedback;

    public ScenarioPanel(ScenarioViewModel viewModel, Texts texts, FieldFeedback feedback) {
        this.viewModel = viewModel;
        this.texts = texts;
        // Shares step by 10 % where there is room, so GF's 10, 20 and 30 % fall on ticks.
        shareAxis = new NiceAxis(texts.locale(), 10);
        spendAxis = new NiceAxis(texts.locale());
        chart = new LineChart<>(shareAxis, spendAxis);
        this.feedback = feedback;
        getStyleClass().addAll("chart-panel", "scenario-panel");
        Label title = new Label(texts.get("scenario.title"));
        title.getStyleClass().add("chart-title");
        HBox inputs = new HBox(
                8,
                input(texts.get("scenario.uploads"), "scenario-uploads", viewModel.uploads(), 130),
                input(texts.get("scenario.shares"), "scenario-shares", viewModel.shares(), 170),
                input(texts.get("scenario.days"), "scenario-days", viewModel.days(), 60));
        inputs.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CheckBox zoom = new CheckBox(texts.get("scenario.zoom"));
        zoom.setId("scenario-zoom");
        zoom.selectedProperty().bindBidirectional(viewModel.zoomProperty());
        HBox header = new HBox(16, title, spacer, inputs, zoom);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("chart-header");

        chart.setId("scenario-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        // In a short window the chart gives way, so that its legend and the notes below stay whole.
        chart.setMinHeight(80);
        chart.setCreateSymbols(true);
        chart.getStyleClass().add("scenario-chart");
        shareAxis.setLabel(texts.get("scenario.shareAxis"));
        shareAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number percent) {
                return BigDecimal.valueOf(percent.doubleValue())
                                .stripTrailingZeros()
                                .toPlainString() + " %";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });

        reference.setName("reference");
        legend.getStyleClass().add("scenario-legend");
        legend.setMinHeight(Region.USE_PREF_SIZE);
        // The unit sits above the axis, read horizontally, as on a slide; a rotated label would not fit a short chart.
        Label unit = new Label();
        unit.setId("scenario-unit");
        unit.getStyleClass().add("chart-footnote");
        unit.textProperty().bind(viewModel.axisLabelProperty());
        VBox chartBox = new VBox(0, unit, chart, legend);
        chartBox.getStyleClass().add("scenario-chart-box");
        VBox.setVgrow(chart, Priority.ALWAYS);

        TableView<ScenarioRow> table = table();
        // The price box sits above the table whose "Per clip" column it sets; the chart keeps its height.
        VBox tableSide = new VBox(4, priceRow(), pricesMultiplied(), table);
        tableSide.getStyleClass().add("scenario-table-side");
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane body = new SplitPane(chartBox, tableSide);
        body.setDividerPositions(0.56);
        VBox.setVgrow(body, Priority.ALWAYS);

        ChartNote note = new ChartNote("scenario-note", viewModel.noteProperty());
        getChildren().addAll(header, body, note);
        viewModel.lines().addListener((ListChangeListener<ScenarioLine>) change -> refresh());
        viewModel.references().addListener((ListChangeListener<double[]>) change -> refresh());
        viewModel.shareAxisMaxProperty().addListener((obs, old, max) -> refresh());
        refresh();
    }

    /**
     * The price box: every product's compared price, or one shown product's priced option, each
     * named with its kind of figure and date.
     */
    private HBox priceRow() {
        ComboBox<ScenarioPriceChoice> box = new ComboBox<>(viewModel.priceChoices());
        box.setId("scenario-price");
        box.setPrefWidth(330);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScenarioPriceChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.label());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setValue(viewModel.priceChoiceProperty().get());
        viewModel.priceChoiceProperty().addListener((obs, old, choice) -> box.setValue(choice));
        box.setOnAction(e -> viewModel.choosePrice(box.getValue()));
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> box.getValue() == null ? null : box.getValue().label(), box.valueProperty()));
        box.setTooltip(tip);
        Label caption = new Label(texts.get("scenario.price"));
        caption.setLabelFor(box);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, caption, box);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("scenario-price-row");
        return row;
    }

    /** Which option each line multiplies, with its kind of figure and as-of date. */
    private Label pricesMultiplied() {
        Label multiplied = new Label();
        multiplied.setId("scenario-prices");
        multiplied.getStyleClass().add("chart-footnote");
        multiplied.setWrapText(true);
        multiplied.setMinHeight(Region.USE_PREF_SIZE);
        multiplied.textProperty().bind(viewModel.pricesMultipliedProperty());
        multiplied.setMaxWidth(Double.MAX_VALUE);
        // A wrapped line may end in a space that reaches past the wrapping width; at the split
        // pane's edge that space was clipped along with the last letters before it.
        multiplied.setPadding(new Insets(0, 4, 0, 0));
        return multiplied;
    }

    private HBox input(String caption, String id, EditableField field, double width) {
        Label label = new Label(caption);
        ValidatingTextField text = new ValidatingTextField(field, feedback);
        text.setId(id);
        text.setPrefColumnCount(1);
        text.setPrefWidth(width);
        label.setLabelFor(text);
        HBox box = new HBox(6, label, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TableView<ScenarioRow> table() {
        TableView<ScenarioRow> table = new TableView<>(viewModel.rows());
        table.setId("scenario-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ScenarioRow, ScenarioRow> product = new TableColumn<>(texts.get("scenario.column.product"));
        product.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        product.setCellFactory(c -> new TableCell<>() {
            private final Circle swatch = new Circle(5);

            @Override
            protected void updateItem(ScenarioRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                swatch.setFill(Color.web(row.color()));
                setGraphic(swatch);
                setText(row.product());
            }
        });
        product.setPrefWidth(120);
        table.getColumns().add(product);
        TableColumn<ScenarioRow, String> cost = column("scenario.column.cost", ScenarioRow::costPerClip, 110, true);
        // Which option the cost comes from, its kind of figure and its date: one hover away, and named above the table.
        cost.setCellFactory(c -> new TableCell<>() {
            private final Tooltip price = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ScenarioRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : text);
                price.setText(row == null ? null : row.price());
                setTooltip(row == null ? null : price);
            }
        });
        table.getColumns().add(cost);
        table.getColumns().add(column("scenario.column.share", ScenarioRow::share, 70, true));
        table.getColumns().add(column("scenario.column.clips", ScenarioRow::clipsPerYear, 100, true));
        TableColumn<ScenarioRow, String> spend = column("scenario.column.spend", ScenarioRow::spendPerYear, 110, true);
        // The exact yearly amount is long; it is one hover away rather than a column of its own.
        spend.setCellFactory(c -> new TableCell<>() {
            private final Tooltip exact = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ScenarioRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : text);
                exact.setText(row == null ? null : texts.format("scenario.exactTip", row.exactSpend()));
                setTooltip(row == null ? null : exact);
            }
        });
        table.getColumns().add(spend);
        table.getColumns().forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        return table;
    }

    private TableColumn<ScenarioRow, String> column(
            String key, Function<ScenarioRow, String> value, double width, boolean numeric) {
        TableColumn<ScenarioRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        if (numeric) {
            column.getStyleClass().add("numeric-column");
        }
        return column;
    }

    /** Lines move in place: each product keeps its series, and only its end point changes. */
    private void refresh() {
        Set<String> present = new HashSet<>();
        double shownShare = viewModel.shareAxisMaxProperty().get();
        double top = 0;
        shareAxis.fit(0, shownShare * 100);
        for (ScenarioLine line : viewModel.lines()) {
            present.add(line.productId());
            top = Math.max(top, line.atFullShare() * shownShare);
            XYChart.Series<Number, Number> series = seriesById.get(line.productId());
            if (series == null) {
                series = new XYChart.Series<>();
                series.getData().add(new XYChart.Data<>(0, 0));
                series.getData().add(new XYChart.Data<>(100, line.atFullShare()));
                seriesById.put(line.productId(), series);
                chart.getData().add(series);
            }
            series.setName(line.product());
            series.getData().get(1).setYValue(line.atFullShare());
            style(series, line);
        }
        for (String gone : new ArrayList<>(seriesById.keySet())) {
            if (!present.contains(gone)) {
                chart.getData().remove(seriesById.remove(gone));
            }
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (double[] point : viewModel.references()) {
            top = Math.max(top, point[1]);
            points.add(new XYChart.Data<>(point[0] * 100, point[1]));
        }
        chart.getData().remove(reference);
        reference.getData().setAll(points);
        if (!points.isEmpty()) {
            // Added last so that its points are drawn above the lines.
            chart.getData().add(reference);
            reference.getNode().getStyleClass().add("scenario-reference-line");
            for (XYChart.Data<Number, Number> data : reference.getData()) {
                data.getNode().getStyleClass().add("scenario-reference-point");
                Tooltip.install(
                        data.getNode(),
                        new Tooltip(viewModel.referenceSourceProperty().get()));
            }
        }
        // From zero to the highest line or reference point shown, in the unit the label above names.
        spendAxis.fit(0, top > 0 ? top : 1);
        fillLegend();
    }

    private void style(XYChart.Series<Number, Number> series, ScenarioLine line) {
        if (series.getNode() != null) {
            series.getNode().setStyle("-fx-stroke: " + line.color() + "; -fx-stroke-width: 2.5px;");
        }
        for (XYChart.Data<Number, Number> data : series.getData()) {
            Node symbol = data.getNode();
            if (symbol != null) {
                symbol.setStyle("-fx-background-color: " + line.color() + "; -fx-background-radius: 3px;"
                        + " -fx-padding: 3px;");
                Tooltip.install(symbol, new Tooltip(line.tooltip()));
            }
        }
    }

    private void fillLegend() {
        List<Node> entries = new ArrayList<>();
        for (ScenarioLine line : viewModel.lines()) {
            Rectangle swatch = new Rectangle(16, 3, Color.web(line.color()));
            Label entry = new Label(line.product(), swatch);
            entry.setTooltip(new Tooltip(line.tooltip()));
            entries.add(entry);
        }
        Region diamond = new Region();
        diamond.getStyleClass().add("scenario-reference-swatch");
        Label gf = new Label(viewModel.referenceLabelProperty().get(), diamond);
        gf.setId("scenario-reference-label");
        gf.setTooltip(new Tooltip(viewModel.referenceSourceProperty().get()));
        entries.add(gf);
        legend.getChildren().setAll(entries);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
