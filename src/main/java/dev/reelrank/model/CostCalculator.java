package dev.reelrank.model;

import java.util.Currency;
import java.util.Optional;

/** Converts a product's compared price option to a video cost in the display currency. */
public final class CostCalculator {
    private final ExchangeRates rates;
    private final Currency displayCurrency;

    public CostCalculator(ExchangeRates rates, Currency displayCurrency) {
        this.rates = rates;
        this.displayCurrency = displayCurrency;
    }

    public static CostCalculator of(Project project) {
        return new CostCalculator(project.rates(), project.displayCurrency());
    }

    /**
     * The compared option's cost in the display currency; empty when the option has no figure or
     * no exchange rate reaches the display currency (a chart then shows a marker, never 0).
     */
    public Optional<VideoCost> cost(Product product) {
        return cost(product.compared());
    }

    public Optional<VideoCost> cost(PriceOption option) {
        if (!option.hasFigure()) {
            return Optional.empty();
        }
        return cost(option.price());
    }

    /** A figure's cost in the display currency; empty when no exchange rate reaches it. */
    public Optional<VideoCost> cost(Price price) {
        if (rates.factor(price.currency(), displayCurrency).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(VideoCost.of(price).in(displayCurrency, rates));
    }

    public Currency displayCurrency() {
        return displayCurrency;
    }
}
