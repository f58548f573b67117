package dev.reelrank.viewmodel;

/** One product at one AI share in the scenario table. */
public record ScenarioRow(String productId, String product, String color, String costPerClip, String share,
                          String clipsPerYear, String spendPerYear, String exactSpend) {
}
