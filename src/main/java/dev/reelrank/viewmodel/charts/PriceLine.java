package dev.reelrank.viewmodel.charts;

import java.util.List;

/**
 * An unbroken part of one product family's price line: its steps in date order, and the day it
 * runs to ({@code endX}, epoch day), today or the day its last generation was discontinued.
 *
 * @param color the family's line colour: that of its newest product shown
 */
public record PriceLine(String id, String family, String color, List<PriceStep> steps, double endX) {
    public PriceLine {
        steps = List.copyOf(steps);
    }
}
