package dev.reelrank.view.headtohead;

import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.controls.ValidatingTextCell;
import dev.reelrank.viewmodel.headtohead.HeadToHeadMode;
import dev.reelrank.viewmodel.headtohead.HeadToHeadRowViewModel;
import dev.reelrank.viewmodel.headtohead.HeadToHeadViewModel;
import dev.reelrank.viewmodel.headtohead.HeatCell;
import dev.reelrank.viewmodel.headtohead.HeatmapKind;
import dev.reelrank.viewmodel.headtohead.VoteChoice;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.SegmentedButton;

/** The head-to-head grid editor beside a heatmap of observed or predicted win rates, or vote counts. */
public final class HeadToHeadPanel extends SplitPane {
    private final HeadToHeadViewModel viewModel;
    private final Texts texts;
    private final TableView<HeadToHeadRowViewModel> grid = new TableView<>();
    private final Heatmap heatmap = new Heatmap();
    private final HeatLegendView legend = new HeatLegendView(false);
    private final FieldFeedback feedback;
    private List<String> columnIds = List.of();

    public HeadToHeadPanel(HeadToHeadViewModel viewModel, Texts texts, FieldFeedback feedback) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.feedback = feedback;
        setId("head-to-head-panel");
        getStyleClass().add("head-to-head");

        Label title = new Label(texts.get("h2h.title"));
        title.getStyleClass().add("chart-title");
        ToggleButton wins = toggle(
                texts.get("h2h.modeWins"),
                "h2h-wins",
                viewModel.modeProperty().get() == HeadToHeadMode.WINS,
                () -> viewModel.modeProperty().set(HeadToHeadMode.WINS));
        ToggleButton ties = toggle(
                texts.get("h2h.modeTies"),
                "h2h-ties",
                viewModel.modeProperty().get() == HeadToHeadMode.TIES,
                () -> viewModel.modeProperty().set(HeadToHeadMode.TIES));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, new SegmentedButton(wins, ties));
        header.getStyleClass().add("chart-header");
        grid.setId("h2h-grid");
        // A blind test's votes change only in the room: the grid then shows them without an editor.
        grid.editableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> viewModel.voteChoiceProperty().get() == null
                                || !viewModel.voteChoiceProperty().get().scope().fromBlindTest(),
                        viewModel.voteChoiceProperty()));
        grid.setItems(viewModel.rows());
        grid.getStyleClass().add("products-table");
        VBox.setVgrow(grid, Priority.ALWAYS);
        Label help = new Label();
        help.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.get(grid.isEditable() ? "h2h.help" : "h2h.helpBlindTest"),
                        grid.editableProperty()));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("chart-footnote");
        VBox editor = new VBox(6, header, votesRow(), grid, help);
        editor.getStyleClass().add("chart-panel");

        ToggleButton observed = toggle(
                texts.get("h2h.heatObserved"),
                "heat-observed",
                true,
                () -> viewModel.heatmapProperty().set(HeatmapKind.OBSERVED));
        ToggleButton predicted = toggle(
                texts.get("h2h.heatPredicted"),
                "heat-predicted",
                false,
                () -> viewModel.heatmapProperty().set(HeatmapKind.PREDICTED));
        ToggleButton battles = toggle(
                texts.get("h2h.heatBattles"),
                "heat-battles",
                false,
                () -> viewModel.heatmapProperty().set(HeatmapKind.BATTLES));
        heatmap.setId("h2h-heatmap");
        ScrollPane heatScroll = new ScrollPane(heatmap);
        heatScroll.setFitToWidth(true);
        heatScroll.setFitToHeight(true);
        heatScroll.getStyleClass().add("heatmap-scroll");
        VBox.setVgrow(heatScroll, Priority.ALWAYS);
        Label note = new Label();
        note.textProperty().bind(viewModel.heatmapNoteProperty());
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("chart-footnote");
        legend.setId("h2h-legend");
        VBox map = new VBox(6, new SegmentedButton(observed, predicted, battles), heatScroll, legend, note);
        map.getStyleClass().add("chart-panel");

        getItems().setAll(editor, map);
        setDividerPositions(0.55);
        viewModel.rows().addListener((ListChangeListener<HeadToHeadRowViewModel>) c -> columns());
        viewModel.heatCells().addListener((ListChangeListener<HeatCell>) c -> showHeatmap());
        viewModel.legendProperty().addListener((obs, old, key) -> legend.show(key));
        legend.show(viewModel.legendProperty().get());
        columns();
        showHeatmap();
    }

    /** "Votes: [tallies / a blind test / one of its prompts]", shown once the project has a blind test. */
    private HBox votesRow() {
        ComboBox<VoteChoice> votes = new ComboBox<>(viewModel.voteChoices());
        votes.setId("h2h-votes");
        votes.setTooltip(new Tooltip(texts.get("h2h.votesHelp")));
        votes.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(votes, Priority.ALWAYS);
        votes.setValue(viewModel.voteChoiceProperty().get());
        viewModel.voteChoiceProperty().addListener((obs, old, now) -> votes.setValue(now));
        votes.setOnAction(e -> {
            VoteChoice chosen = votes.getValue();
            if (chosen != null && !chosen.equals(viewModel.voteChoiceProperty().get())) {
                viewModel.showVotes(chosen.scope());
            }
        });
        Label label = new Label(texts.get("h2h.votes"));
        label.setLabelFor(votes);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, votes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.isNotEmpty(viewModel.voteChoices()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static ToggleButton toggle(String text, String id, boolean selected, Runnable action) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setSelected(selected);
        button.setOnAction(e -> {
            action.run();
            button.setSelected(true);
        });
        return button;
    }

    /** One column per product in the grid, rebuilt only when the set of products changes. */
    private void columns() {
        List<String> ids =
                viewModel.rows().stream().map(HeadToHeadRowViewModel::id).toList();
        if (ids.equals(columnIds)) {
            return;
        }
        columnIds = ids;
        List<TableColumn<HeadToHeadRowViewModel, ?>> columns = new ArrayList<>();
        TableColumn<HeadToHeadRowViewModel, String> names = new TableColumn<>(texts.get("h2h.rowHeader"));
        names.setCellValueFactory(data -> data.getValue().nameProperty());
        names.setPrefWidth(130);
        names.setEditable(false);
        names.setSortable(false);
        columns.add(names);
        for (HeadToHeadRowViewModel columnRow : viewModel.rows()) {
            String columnId = columnRow.id();
            TableColumn<HeadToHeadRowViewModel, String> column = new TableColumn<>();
            column.textProperty().bind(columnRow.nameProperty());
            // The name drawn is this label's: a column's own text stays on one line, cut to "Veo 3.1 F…".
            Label name = new Heatmap.WholeWords("");
            name.textProperty().bind(columnRow.nameProperty());
            name.setWrapText(true);
            name.setTextAlignment(TextAlignment.CENTER);
            name.getStyleClass().add("h2h-column-name");
            name.setMaxWidth(Region.USE_PREF_SIZE);
            name.prefWidthProperty().bind(column.widthProperty().subtract(10));
            column.setGraphic(name);
            column.setId("h2h-" + columnId);
            column.setCellValueFactory(data -> data.getValue().cell(columnId).textProperty());
            column.setCellFactory(c -> new ValidatingTextCell<>(row -> row.cell(columnId), row -> null, feedback));
            column.setPrefWidth(76);
            column.setSortable(false);
            column.getStyleClass().addAll("number-column", "product-column");
            columns.add(column);
        }
        grid.getColumns().setAll(columns);
    }

    private void showHeatmap() {
        List<String> names =
                viewModel.products().stream().map(texts::productName).toList();
        heatmap.show(names, viewModel.heatCells());
    }
}
