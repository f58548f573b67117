package dev.reelrank.model;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a ReelRank file holds: products, exchange rates and head-to-head votes.
 *
 * @param name            shown in the title bar
 * @param description     what the data is and where it comes from, or null
 * @param displayCurrency the currency charts convert to
 */
public record Project(String name, String description, Currency displayCurrency, List<ExchangeRate> exchangeRates,
                      List<Product> products, List<HeadToHead> headToHead) {
    /** Files with more products than this are refused before they are read whole. */
    public static final int MAX_PRODUCTS = 10_000;

    public Project {
        name = Checks.name("name", name);
        description = Checks.optionalText("description", description);
        Checks.present("displayCurrency", displayCurrency);
        exchangeRates = List.copyOf(Checks.present("exchangeRates", exchangeRates));
        new ExchangeRates(exchangeRates);
        products = List.copyOf(Checks.present("products", products));
        if (products.size() > MAX_PRODUCTS) {
            throw new InvalidValueException("products", "holds " + products.size() + " products; at most "
                    + MAX_PRODUCTS + " are supported");
        }
        Map<String, Product> byId = new HashMap<>();
        for (Product product : products) {
            if (byId.putIfAbsent(product.id(), product) != null) {
                throw new InvalidValueException("products", "two products share the id \"" + product.id() + "\"");
            }
        }
        headToHead = List.copyOf(Checks.present("headToHead", headToHead));
        for (HeadToHead pair : headToHead) {
            for (String id : List.of(pair.a(), pair.b())) {
                if (!byId.containsKey(id)) {
                    throw new InvalidValueException("headToHead", "names \"" + id + "\", which is not a product");
                }
            }
        }
    }

    public Project withProducts(List<Product> newProducts) {
        return new Project(name, description, displayCurrency, exchangeRates, newProducts, headToHead);
    }

    /** Replaces the product with the same id. */
    public Project withProduct(Product changed) {
        return withProducts(products.stream().map(p -> p.id().equals(changed.id()) ? changed : p).toList());
    }

    public Project withDisplayCurrency(Currency currency) {
        return new Project(name, description, currency, exchangeRates, products, headToHead);
    }

    public Project withExchangeRates(List<ExchangeRate> rates) {
        return new Project(name, description, displayCurrency, rates, products, headToHead);
    }

    public Project withName(String newName) {
        return new Project(newName, description, displayCurrency, exchangeRates, products, headToHead);
    }

    public ExchangeRates rates() {
        return new ExchangeRates(exchangeRates);
    }

    public Optional<Product> product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public int priceOptionCount() {
        return products.stream().mapToInt(p -> p.prices().size()).sum();
    }

    public long voteTallyCount() {
        return products.stream().filter(p -> p.votes() != null).count();
    }

    /** True when any vote count shown would be sample data. */
    public boolean hasSampleVotes() {
        return products.stream().anyMatch(p -> p.votes() != null && p.votes().sample())
                || headToHead.stream().anyMatch(HeadToHead::sample);
    }
}
