package dev.reelrank.viewmodel;

/**
 * One cell of a heatmap: row product against column product.
 *
 * @param shade    from -1 to 1 for win rates (0 is even), from 0 to 1 for counts; null when empty
 * @param text     what the cell says, e.g. "64 %"
 * @param tooltip  the exact figures
 */
public record HeatCell(int row, int column, Double shade, String text, String tooltip) {
}
