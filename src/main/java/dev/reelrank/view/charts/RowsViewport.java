package dev.reelrank.view.charts;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * Holds a product chart. In the window it scrolls vertically once the chart's rows would
 * otherwise shrink below {@link ProductBarChart#MIN_ROW}, and its value axis then stays at the
 * bottom of the visible part, as a spreadsheet keeps its header row: a scale scrolled out of view
 * leaves the rows without their units. On a slide, which has no scroll bar, the chart simply fills
 * it.
 */
final class RowsViewport extends StackPane {
    private final boolean onSlide;
    private final ScrollPane scroll;
    private ProductBarChart shown;
    private String pinStyle = "";

    /**
     * The pinned axis's background reaches far to the left and down; the scroll pane's viewport cuts
     * it to the visible part, so it covers the names beside it and the chart's bottom padding below.
     */
    private static final String PINNED = "-fx-background-color: -rr-surface; -fx-background-insets: 0 0 -200 -4000;";

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
            scroll.vvalueProperty().addListener((property, old, value) -> pinAxis());
            scroll.viewportBoundsProperty().addListener((property, old, value) -> pinAxis());
        }
        setMinHeight(0);
    }

    void show(ProductBarChart chart) {
        if (onSlide) {
            chart.setMinRow(0);
            getChildren().setAll(chart);
        } else {
            scroll.setContent(chart);
            if (shown != chart) {
                shown = chart;
                // A new chart (another scale) comes with a new axis, not yet styled.
                pinStyle = "";
                // XYChart draws the product names' axis after this one; pinned, this one must cover them.
                chart.getXAxis().toFront();
                chart.heightProperty().addListener((property, old, value) -> pinAxis());
                chart.getXAxis().heightProperty().addListener((property, old, value) -> pinAxis());
            }
            pinAxis();
        }
    }

    /**
     * Moves the value axis up by the part of the chart below the visible part. The axis is then drawn
     * over the plot with the panel's background, so rows passing behind it are hidden, names included.
     */
    private void pinAxis() {
        if (shown == null) {
            return;
        }
        Node axis = shown.getXAxis();
        double below = shown.getHeight() - scroll.getViewportBounds().getHeight();
        if (below <= 0.5) {
            axis.setTranslateY(0);
            setPinStyle(axis, "");
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double scrolled = range > 0 ? (scroll.getVvalue() - scroll.getVmin()) / range : 1;
        axis.setTranslateY(-Math.rint((1 - scrolled) * below));
        setPinStyle(axis, PINNED);
    }

    private void setPinStyle(Node axis, String style) {
        // Setting a style makes CSS run over the axis again; most scroll steps keep the same one.
        if (!style.equals(pinStyle)) {
            pinStyle = style;
            axis.setStyle(style);
        }
    }
}
