package dev.reelrank.view.headtohead;

import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.viewmodel.headtohead.HeatCell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A grid of coloured cells, painted in the colours the view model chose (opaque, so what it checked
 * for contrast is what is seen) with the figure in each cell and, where it fits, the number of votes
 * it rests on; the tooltip names both products, the exact figure and the votes.
 */
public final class Heatmap extends GridPane {
    private final double maxCellWidth;
    private final boolean tooltips;
    private final List<HeatCell> pending = new ArrayList<>();

    /** A grid for the window: columns grow up to 120 px, each cell with its tooltip. */
    public Heatmap() {
        this(120, true);
    }

    /**
     * A grid whose columns grow up to {@code maxCellWidth}; a slide passes no limit, to use its width,
     * and no tooltips: a slide is looked at, not hovered, and a tooltip is a popup window with a scene
     * of its own (900 of them kept the FX thread busy for over a second when a presentation showed a
     * 30-product heatmap).
     */
    public Heatmap(double maxCellWidth, boolean tooltips) {
        this.maxCellWidth = maxCellWidth;
        this.tooltips = tooltips;
        getStyleClass().add("heatmap");
        setHgap(2);
        setVgap(2);
    }

    public void show(List<String> names, List<HeatCell> cells) {
        showLater(names, cells);
        fillSome(Integer.MAX_VALUE);
    }

    /**
     * The names now and the cells in {@link #fillSome} calls: a slide's 900 cells take 60 ms to style,
     * which in one FX task with a pulse after it kept a presentation from answering for over 100 ms.
     */
    public void showLater(List<String> names, List<HeatCell> cells) {
        pending.clear();
        pending.addAll(cells);
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.NEVER);
        getColumnConstraints().add(labels);
        for (int i = 0; i < names.size(); i++) {
            // In the window, which scrolls, a column is never narrower than its name's longest word:
            // squeezed, a name broke inside words ("Run way Gen- 4 Tur…"). A slide keeps its width.
            ColumnConstraints column =
                    new ColumnConstraints(tooltips ? Region.USE_COMPUTED_SIZE : 36, 64, maxCellWidth);
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
            // Whole, however many columns: a grid too wide for its pane scrolls, and a row is read by its name.
            rowName.setMinWidth(Region.USE_PREF_SIZE);
            add(rowName, 0, i + 1);
            Label columnName = tooltips ? new WholeWords(names.get(i)) : new Label(names.get(i));
            columnName.getStyleClass().add("heatmap-name");
            columnName.setWrapText(true);
            columnName.setTextAlignment(TextAlignment.CENTER);
            GridPane.setValignment(columnName, VPos.BOTTOM);
            columnName.setAlignment(Pos.CENTER);
            add(columnName, i + 1, 0);
        }
    }

    /**
     * A name that wraps between its words, never inside one: no narrower than its longest word, and
     * with room for two lines when it has two words. The grid asks its rows' heights before it knows
     * its columns' widths, so a name later wrapped into a one-line row was cut ("Kling 2....") and
     * pushed the last row out of view with no scroll bar.
     */
    static final class WholeWords extends Label {
        private static final Pattern WORDS = Pattern.compile("\\s+");

        WholeWords(String text) {
            super(text);
        }

        @Override
        protected double computeMinWidth(double height) {
            Text probe = new Text();
            probe.setFont(getFont());
            double widest = WORDS.splitAsStream(getText())
                    .mapToDouble(word -> {
                        probe.setText(word);
                        return probe.getLayoutBounds().getWidth();
                    })
                    .max()
                    .orElse(0);
            return Math.ceil(widest) + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            if (!WORDS.matcher(getText().strip()).find()) {
                return super.computeMinHeight(width);
            }
            // Two lines whatever the width asked about: the grid measures its rows with other widths
            // than it lays them out with. Measured as the label measures its one line.
            return Math.max(
                    super.computePrefHeight(width),
                    super.computePrefHeight(-1) * 2 - snappedTopInset() - snappedBottomInset());
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(super.computePrefHeight(width), computeMinHeight(width));
        }
    }

    /** Adds up to {@code count} of the cells still to come; true when none is left. */
    public boolean fillSome(int count) {
        List<HeatCell> some = pending.subList(0, Math.min(count, pending.size()));
        List<CellBox> boxes = new ArrayList<>(some.size());
        for (HeatCell cell : some) {
            CellBox box = new CellBox(cell);
            if (tooltips && !cell.tooltip().isEmpty()) {
                HoverTip.install(box, cell.tooltip(), 420, Duration.seconds(5));
            }
            GridPane.setConstraints(box, cell.column() + 1, cell.row() + 1);
            boxes.add(box);
        }
        some.clear();
        getChildren().addAll(boxes);
        return pending.isEmpty();
    }

    /**
     * One cell: its figure centred, and the votes under it when the cell is tall enough for both,
     * beside it when it is wide enough, else only in the tooltip.
     *
     * <p>Painted in code, not by an inline style: a slide's heatmap has up to 900 cells, and parsing
     * a style for each cell and two labels kept the FX thread busy for half a second. The style sheet
     * sets no fill for these classes, so the colours the view model checked for contrast are the ones
     * drawn; it gives only the padding, the minimum size and the font sizes.
     */
    static final class CellBox extends Region {
        private static final double GAP = 6;
        private static final CornerRadii ROUNDED = new CornerRadii(3);
        private final HeatCell cell;
        private final Text value;
        private final Text votes;

        CellBox(HeatCell cell) {
            this.cell = cell;
            getStyleClass().add("heatmap-cell");
            setBackground(new Background(new BackgroundFill(Color.web(cell.fill()), ROUNDED, Insets.EMPTY)));
            Color ink = Color.web(cell.ink());
            value = text(cell.text(), "heatmap-value", ink);
            votes = text(cell.votes(), "heatmap-votes", ink);
            votes.setVisible(false);
            getChildren().addAll(value, votes);
        }

        private static Text text(String words, String styleClass, Color ink) {
            Text text = new Text(words);
            text.getStyleClass().add(styleClass);
            text.setFill(ink);
            text.setTextOrigin(VPos.TOP);
            text.setManaged(false);
            return text;
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
            double valueWidth = value.getLayoutBounds().getWidth();
            double valueHeight = value.getLayoutBounds().getHeight();
            double votesWidth = votes.getLayoutBounds().getWidth();
            double votesHeight = votes.getLayoutBounds().getHeight();
            boolean hasVotes = !cell.votes().isEmpty();
            if (hasVotes && valueHeight + votesHeight <= height && Math.max(valueWidth, votesWidth) <= width) {
                double y = top + (height - valueHeight - votesHeight) / 2;
                value.relocate(snapPositionX(left + (width - valueWidth) / 2), snapPositionY(y));
                votes.relocate(snapPositionX(left + (width - votesWidth) / 2), snapPositionY(y + valueHeight));
                votes.setVisible(true);
            } else if (hasVotes
                    && valueWidth + GAP + votesWidth <= width
                    && Math.max(valueHeight, votesHeight) <= height) {
                double x = left + (width - valueWidth - GAP - votesWidth) / 2;
                value.relocate(snapPositionX(x), snapPositionY(top + (height - valueHeight) / 2));
                votes.relocate(snapPositionX(x + valueWidth + GAP), snapPositionY(top + (height - votesHeight) / 2));
                votes.setVisible(true);
            } else {
                value.relocate(
                        snapPositionX(left + (width - valueWidth) / 2),
                        snapPositionY(top + (height - valueHeight) / 2));
                votes.setVisible(false);
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + Math.ceil(value.getLayoutBounds().getWidth()) + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + Math.ceil(value.getLayoutBounds().getHeight()) + snappedBottomInset();
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
