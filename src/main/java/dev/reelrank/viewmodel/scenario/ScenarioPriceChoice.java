package dev.reelrank.viewmodel.scenario;

import java.util.Objects;

/**
 * One entry of the Scenario tab's price box: every product on its compared price (no product), or
 * one priced option of one shown product, which that product's line then multiplies instead.
 *
 * @param productId the product whose price this entry sets, or null for every product's compared price
 * @param optionId  the price option of that product, or null
 * @param label     what the box shows: product, option, kind of figure and as-of date
 */
public record ScenarioPriceChoice(String productId, String optionId, String label) {
    /** Whether this entry leaves every product on its compared price. */
    public boolean comparedPrices() {
        return productId == null;
    }

    boolean is(String product, String option) {
        return Objects.equals(productId, product) && Objects.equals(optionId, option);
    }
}
