package dev.reelrank.viewmodel.headtohead;

/** What the head-to-head grid edits: how often the row's product beat the column's, or their ties. */
public enum HeadToHeadMode {
    WINS,
    TIES
}
