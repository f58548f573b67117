package dev.reelrank.view.charts;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * An axis's title that reads whole at any size: its full text where the axis is long enough, else a
 * brief one. JavaFX cuts a title longer than its axis to "Score on LMArena t…", which says neither the
 * scale nor the board; the chart's note names the board in full either way.
 */
final class AxisTitle {
    /** Room left between the title and the axis's ends, as the axis's own label insets leave it. */
    private static final double MARGIN = 8;

    private AxisTitle() {}

    /** Keeps {@code axis}'s title at {@code full}, or {@code brief} while {@code full} does not fit its length. */
    static void bind(Axis<?> axis, ObservableStringValue full, ObservableStringValue brief) {
        Text measure = new Text();
        InvalidationListener fit = observable -> {
            String text = full.get();
            double length = axis.getSide() != null && axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth();
            if (length > 0 && axis.lookup(".axis-label") instanceof Label label) {
                measure.setFont(label.getFont());
                measure.setText(text);
                double needed = measure.getLayoutBounds().getWidth()
                        + label.snappedLeftInset()
                        + label.snappedRightInset()
                        + MARGIN;
                if (needed > length) {
                    text = brief.get();
                }
            }
            if (!text.equals(axis.getLabel())) {
                axis.setLabel(text);
            }
        };
        full.addListener(fit);
        brief.addListener(fit);
        axis.heightProperty().addListener(fit);
        axis.widthProperty().addListener(fit);
        fit.invalidated(null);
    }
}
