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
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.util.Duration;

/**
 * A grid of coloured cells, painted in the colours the view model chose (opaque, so what it checked
 * for contrast is what is seen) with the figure in each cell and, where it fits, the number of votes
 * it rests on; the tooltip names both products, the exact figure and the votes.
 */
final class Heatmap extends GridPane {
    private final double maxCellWidth;
    private final boolean tooltips;

    /** A grid for the window: columns grow up to 120 px, each cell with its tooltip. */
    Heatmap() {
        this(120, true);
    }

    /**
     * A grid whose columns grow up to {@code maxCellWidth}; a slide passes no limit, to use its width,
     * and no tooltips: a slide is looked at, not hovered, and a tooltip is a popup window with a scene
     * of its own (900 of them kept the FX thread busy for over a second when a presentation showed a
     * 30-product heatmap).
     */
    Heatmap(double maxCellWidth, boolean tooltips) {
        this.maxCellWidth = maxCellWidth;
        this.tooltips = tooltips;
        getStyleClass().add("heatmap");
        setHgap(2);
        setVgap(2);
    }

    void show(List<String> names, List<HeatCell> cells) {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.NEVER);
        getColumnConstraints().add(labels);
        for (int i = 0; i < names.size(); i++) {
            ColumnConstraints column = new ColumnConstraints(36, 64, maxCellWidth);
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
            CellBox box = new CellBox(cell);
            if (tooltips && !cell.tooltip().isEmpty()) {
                Tooltip tip = new Tooltip(cell.tooltip());
                tip.setShowDelay(Duration.millis(200));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                Tooltip.install(box, tip);
            }
            add(box, cell.column() + 1, cell.row() + 1);
        }
    }

    /**
     * One cell: its figure centred, and the votes under it when the cell is tall enough for both,
     * beside it when it is wide enough, else only in the tooltip.
     */
    static final class CellBox extends Region {
        private static final double GAP = 6;
        private final HeatCell cell;
        private final Label value;
        private final Label votes;

        CellBox(HeatCell cell) {
            this.cell = cell;
            getStyleClass().add("heatmap-cell");
            // Inline, so the stylesheet's label colours cannot override the contrast the view model chose.
            setStyle("-fx-background-color: " + cell.fill() + ";");
            value = text(cell.text(), "heatmap-value");
            votes = text(cell.votes(), "heatmap-votes");
            votes.setVisible(false);
            getChildren().addAll(value, votes);
        }

        private Label text(String text, String styleClass) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setStyle("-fx-text-fill: " + cell.ink() + ";");
            label.setMinWidth(USE_PREF_SIZE);
            label.setManaged(true);
            return label;
        }

        HeatCell cell() {
            return cell;
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double width = getWidth() - left - snappedRightInset();
            double height = getHeight() - top - snappedBottomInset();
            double valueWidth = value.prefWidth(-1);
            double valueHeight = value.prefHeight(-1);
            double votesWidth = votes.prefWidth(-1);
            double votesHeight = votes.prefHeight(-1);
            boolean hasVotes = !cell.votes().isEmpty();
            if (hasVotes && valueHeight + votesHeight <= height && Math.max(valueWidth, votesWidth) <= width) {
                double y = top + (height - valueHeight - votesHeight) / 2;
                value.resizeRelocate(left + (width - valueWidth) / 2, y, valueWidth, valueHeight);
                votes.resizeRelocate(left + (width - votesWidth) / 2, y + valueHeight, votesWidth, votesHeight);
                votes.setVisible(true);
            } else if (hasVotes && valueWidth + GAP + votesWidth <= width && Math.max(valueHeight, votesHeight) <= height) {
                double x = left + (width - valueWidth - GAP - votesWidth) / 2;
                value.resizeRelocate(x, top + (height - valueHeight) / 2, valueWidth, valueHeight);
                votes.resizeRelocate(x + valueWidth + GAP, top + (height - votesHeight) / 2, votesWidth, votesHeight);
                votes.setVisible(true);
            } else {
                value.resizeRelocate(left + (width - valueWidth) / 2, top + (height - valueHeight) / 2, valueWidth,
                        valueHeight);
                votes.setVisible(false);
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + value.prefWidth(-1) + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + value.prefHeight(-1) + snappedBottomInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
