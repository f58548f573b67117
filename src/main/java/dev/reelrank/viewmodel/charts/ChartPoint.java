package dev.reelrank.viewmodel.charts;

/**
 * One product as a point: in the trend chart x is its release date (epoch day), in the value
 * chart its cost. Points are matched by product id when charts update in place.
 *
 * @param series the line it belongs to (the product family), or null
 */
public record ChartPoint(
        String productId,
        String name,
        String color,
        String series,
        double x,
        double y,
        Double low,
        Double high,
        String tooltip) {}
