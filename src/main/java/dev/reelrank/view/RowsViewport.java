package dev.reelrank.view;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * Holds a product chart. In the window it scrolls vertically once the chart's rows would
 * otherwise shrink below {@link ProductBarChart#MIN_ROW}; on a slide, which has no scroll bar, the
 * chart simply fills it.
 */
final class RowsViewport extends StackPane {
    private final boolean onSlide;
    private final ScrollPane scroll;

    RowsViewport(boolean onSlide) {
        this.onSlide = onSlide;
        getStyleClass().add("rows-viewport");
        if (onSlide) {
            scroll = null;
        } else {
            scroll = new ScrollPane();
            scroll.getStyleClass().add("chart-scroll");
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
            scroll.setFocusTraversable(false);
            getChildren().add(scroll);
        }
        setMinHeight(0);
    }

    void show(ProductBarChart chart) {
        if (onSlide) {
            chart.setMinRow(0);
            getChildren().setAll(chart);
        } else {
            scroll.setContent(chart);
        }
    }
}
