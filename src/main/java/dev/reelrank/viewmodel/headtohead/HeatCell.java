package dev.reelrank.viewmodel.headtohead;

/**
 * One cell of a heatmap: row product against column product, with the colours it is painted in.
 *
 * @param shade    from -1 to 1 for win rates (0 is even), from 0 to 1 for counts; null when empty
 * @param text     what the cell says, e.g. "64 %"
 * @param votes    how many votes the figure rests on, e.g. "85 votes"; empty where the text is the count
 * @param tooltip  both products, the exact figure and the votes behind it
 * @param fill     the cell's colour as painted, opaque, #RRGGBB
 * @param ink      the colour of its text, #RRGGBB, at least 4.5:1 against {@code fill}
 */
public record HeatCell(
        int row, int column, Double shade, String text, String votes, String tooltip, String fill, String ink) {}
