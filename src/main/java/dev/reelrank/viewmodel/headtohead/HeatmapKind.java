package dev.reelrank.viewmodel.headtohead;

/** What a head-to-head heatmap shows. */
public enum HeatmapKind {
    /** Share of votes the row's product won against the column's (ties count half). */
    OBSERVED,
    /** The same share as the Bradley–Terry fit predicts it. */
    PREDICTED,
    /** How many votes each pair has. */
    BATTLES
}
