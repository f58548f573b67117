package dev.reelrank.view;

import dev.reelrank.viewmodel.HeatCell;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A grid of coloured cells: win rates on a diverging blue–orange scale (both ends readable with
 * colour-blindness), counts on a single blue scale; the figure is written in every cell.
 */
final class Heatmap extends GridPane {
    private static final Color WIN = Color.web("#0072B2");
    private static final Color LOSS = Color.web("#D55E00");
    private static final Color EMPTY = Color.web("#9198a1", 0.12);

    Heatmap() {
        getStyleClass().add("heatmap");
        setHgap(2);
        setVgap(2);
    }

    void show(List<String> names, List<HeatCell> cells, boolean diverging) {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.NEVER);
        getColumnConstraints().add(labels);
        for (int i = 0; i < names.size(); i++) {
            ColumnConstraints column = new ColumnConstraints(36, 64, 120);
            column.setHgrow(Priority.ALWAYS);
            column.setHalignment(HPos.CENTER);
            getColumnConstraints().add(column);
        }
        getRowConstraints().add(new RowConstraints());
        for (int i = 0; i < names.size(); i++) {
            RowConstraints row = new RowConstraints(22, 30, 48);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
            Label rowName = new Label(names.get(i));
            rowName.getStyleClass().add("heatmap-name");
            add(rowName, 0, i + 1);
            Label columnName = new Label(names.get(i));
            columnName.getStyleClass().add("heatmap-name");
            columnName.setWrapText(true);
            columnName.setAlignment(Pos.CENTER);
            add(columnName, i + 1, 0);
        }
        for (HeatCell cell : cells) {
            Label text = new Label(cell.text());
            text.getStyleClass().add("heatmap-value");
            StackPane box = new StackPane(text);
            box.getStyleClass().add("heatmap-cell");
            Color fill = cell.shade() == null ? EMPTY : colour(cell.shade(), diverging);
            box.setStyle("-fx-background-color: " + web(fill) + ";");
            text.setTextFill(cell.shade() != null && Math.abs(cell.shade()) > 0.45 ? Color.WHITE : Color.web("#1f2328"));
            if (!cell.tooltip().isEmpty()) {
                Tooltip tip = new Tooltip(cell.tooltip());
                tip.setShowDelay(Duration.millis(200));
                Tooltip.install(box, tip);
            }
            add(box, cell.column() + 1, cell.row() + 1);
        }
    }

    private static Color colour(double shade, boolean diverging) {
        if (!diverging) {
            return WIN.deriveColor(0, 1, 1, 0.12 + 0.85 * Math.max(0, Math.min(1, shade)));
        }
        double strength = Math.min(1, Math.abs(shade));
        return (shade >= 0 ? WIN : LOSS).deriveColor(0, 1, 1, 0.08 + 0.9 * strength);
    }

    private static String web(Color c) {
        return String.format("rgba(%d,%d,%d,%.3f)", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255), c.getOpacity());
    }
}
