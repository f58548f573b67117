package dev.reelrank.viewmodel.charts;

/**
 * One step of a family's price line: from day {@code x} (epoch day) on, the family cost {@code y}
 * per minute in the display currency.
 *
 * @param id        unique in the chart: the product and the day
 * @param label     the short text beside the point, e.g. "Veo 3 · 168.00"
 * @param color     the product's colour
 * @param dated     the figure is dated on this day; false when the product's earliest figure on
 *                  record is carried back to its release
 * @param tooltip   the day, the figure as published, and its source
 */
public record PriceStep(
        String id, String productId, String label, String color, double x, double y, boolean dated, String tooltip) {}
