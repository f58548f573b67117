package dev.reelrank.view.charts;

import dev.reelrank.view.controls.HoverTip;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The note under a chart: it wraps, but never takes more than {@value #MAX_LINES} lines, whatever
 * the text, so it cannot push the chart's title and controls out of its panel or squeeze the plot.
 * A longer note is cut with an ellipsis; the whole of it is in the tooltip. On a slide there is no
 * tooltip to read the rest in, so there a note is drawn whole ({@link #drawWholeIn}); notes name at
 * most a few products, so a whole one is still a few lines.
 */
public final class ChartNote extends Label {
    static final int MAX_LINES = 4;
    private boolean drawnWhole;

    public ChartNote(String id, ObservableValue<String> text) {
        setId(id);
        getStyleClass().add("chart-footnote");
        setWrapText(true);
        setMinWidth(0);
        textProperty().bind(text);
        // Made when the pointer first comes over the note, not with the window.
        HoverTip.onFirstEnter(this, () -> {
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(text);
            whole.setWrapText(true);
            whole.setMaxWidth(640);
            // No empty tooltip box over a note that says nothing.
            tooltipProperty()
                    .bind(Bindings.when(Bindings.isEmpty(textProperty()))
                            .then((Tooltip) null)
                            .otherwise(whole));
        });
    }

    /** Every note under {@code parent} drawn whole: for a slide, an exported image or the room's screen. */
    public static void drawWholeIn(Parent parent) {
        for (Node node : parent.lookupAll(".chart-footnote")) {
            if (node instanceof ChartNote note) {
                note.drawnWhole = true;
                note.requestLayout();
            }
        }
    }

    /** At most {@value #MAX_LINES} lines in the window, so the note can never push its chart aside. */
    @Override
    protected double computePrefHeight(double width) {
        double whole = super.computePrefHeight(width);
        return drawnWhole ? whole : Math.min(whole, cap());
    }

    /** As tall as its (capped) text: a short panel shrinks its plot, not its note, to the plot's own minimum. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private double cap() {
        Text line = new Text("Ag\u53ef");
        line.setFont(getFont());
        double lineHeight = Math.ceil(line.getLayoutBounds().getHeight()) + getLineSpacing();
        return snappedTopInset() + snappedBottomInset() + MAX_LINES * lineHeight;
    }
}
