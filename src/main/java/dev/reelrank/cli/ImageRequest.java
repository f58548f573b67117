package dev.reelrank.cli;

import java.util.List;

/**
 * One image to draw; already checked by the command line.
 *
 * @param chart cost, rating, trend, price-history, value, heatmap or dashboard
 * @param theme light, dark or transparent
 * @param language en or zh
 * @param title the image's title, or null for the chart's own (which names its unit)
 * @param subtitle the line under the title, or null for the project's name
 */
public record ImageRequest(
        String chart, int width, int height, int scale, String theme, String language, String title, String subtitle) {
    public static final List<String> CHARTS =
            List.of("cost", "rating", "trend", "price-history", "value", "heatmap", "dashboard", "blind-test");
    public static final List<String> THEMES = List.of("light", "dark", "transparent");
    public static final List<String> LANGUAGES = List.of("en", "zh");
    public static final int MAX_PIXELS = 8192;
    public static final int MIN_SIDE = 320;
}
