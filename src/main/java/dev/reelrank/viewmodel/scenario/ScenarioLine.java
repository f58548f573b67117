package dev.reelrank.viewmodel.scenario;

/**
 * A product's yearly spend as the AI share goes from 0 to 100 %: a straight line, given by its
 * value at 100 % in the chart's unit (e.g. billions of CNY), the unit the
 * axis label and the table name too.
 */
public record ScenarioLine(String productId, String product, String color, double atFullShare, String tooltip) {}
