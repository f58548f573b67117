package dev.reelrank.viewmodel.charts;

/**
 * One product's bar in a chart, or its marker when there is nothing to draw ("not public",
 * "no votes"). Charts update their bars in place, matching them by product id.
 *
 * @param value    the bar's length, or null for a marker
 * @param low      the interval's lower end, or null
 * @param high     the interval's upper end, or null
 * @param label    the text beside the bar: its value, or the marker's words
 * @param tooltip  exact value, unit, kind and source
 */
public record ChartBar(
        String productId,
        String name,
        String color,
        Double value,
        Double low,
        Double high,
        String label,
        String tooltip) {
    public boolean hasValue() {
        return value != null;
    }
}
