package dev.reelrank.viewmodel.scenario;

/**
 * One product at one AI share in the scenario table; {@code price} names the option its cost per
 * clip comes from, with its kind of figure and as-of date.
 */
public record ScenarioRow(
        String productId,
        String product,
        String color,
        String costPerClip,
        String price,
        String share,
        String clipsPerYear,
        String spendPerYear,
        String exactSpend) {}
