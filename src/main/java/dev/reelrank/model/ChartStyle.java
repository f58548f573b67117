package dev.reelrank.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a product appears in charts: its colour, the same in every chart and export, and whether
 * it is shown. Kept in the project so that a colour does not change when rows move.
 *
 * @param color a colour as {@code #RRGGBB}
 * @param shown whether charts show the product
 */
public record ChartStyle(String color, boolean shown) {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public ChartStyle {
        Checks.present("color", color);
        if (!HEX.matcher(color).matches()) {
            throw new InvalidValueException("color", "value.colour", color);
        }
        color = color.toUpperCase(Locale.ROOT);
    }

    public ChartStyle withShown(boolean show) {
        return new ChartStyle(color, show);
    }
}
