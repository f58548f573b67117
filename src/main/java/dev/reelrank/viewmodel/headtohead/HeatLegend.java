package dev.reelrank.viewmodel.headtohead;

import java.util.List;

/**
 * The colour key of a heatmap: a bar running through the scale's colours, sampled from the same
 * scale the cells are painted with, its two ends labelled, and the swatch of an empty cell.
 *
 * @param title       what the colours measure, e.g. "Share of votes the row won"
 * @param stops       the bar's colours from its left end (offset 0) to its right end (offset 1)
 * @param lowEnd      the value at the left end, e.g. "0 %"
 * @param highEnd     the value at the right end, e.g. "100 %" or "105 votes"
 * @param lowMeaning  what the left end means, e.g. "column wins"; may be empty
 * @param highMeaning what the right end means, e.g. "row wins"; may be empty
 * @param emptyFill   the colour of a cell with nothing to show
 * @param emptyLabel  what such a cell means, e.g. "no votes"
 */
public record HeatLegend(
        String title,
        List<Stop> stops,
        String lowEnd,
        String highEnd,
        String lowMeaning,
        String highMeaning,
        String emptyFill,
        String emptyLabel) {
    public HeatLegend {
        stops = List.copyOf(stops);
    }

    /** A colour of the bar at {@code offset}, from 0 to 1. */
    public record Stop(double offset, String colour) {}

    /** No heatmap, no key. */
    static HeatLegend none() {
        return new HeatLegend("", List.of(), "", "", "", "", HeatScale.LIGHT_SURFACE, "");
    }
}
