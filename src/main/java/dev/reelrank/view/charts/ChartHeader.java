package dev.reelrank.view.charts;

import javafx.scene.Node;

/** The row above a chart panel with its title and the window's switches (style class {@code chart-header}). */
public final class ChartHeader {
    private ChartHeader() {}

    /**
     * Takes the header rows out of a chart shown where its title is said elsewhere and its switches
     * have no place: a slide, or the room's results, where a click would change what the window shows.
     */
    public static void removeFrom(Node chart) {
        chart.lookupAll(".chart-header").forEach(header -> {
            header.setVisible(false);
            header.setManaged(false);
        });
    }
}
