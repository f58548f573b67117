package dev.reelrank.view.charts;

import javafx.scene.Node;
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
            // ScrollPaneSkin caches its viewport as a bitmap, which pays off for still content. A
            // chart changes with every edit, so the cache made each frame paint the whole viewport
            // twice, into the cache and then onto the screen (edit to frame, 20 products: p95 about
            // 2 ms more).
            scroll.skinProperty().addListener((property, old, skin) -> {
                Node viewport = scroll.lookup(".viewport");
                if (viewport != null) {
                    viewport.setCache(false);
                }
            });
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
