package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's exchange rates. A rate converts both ways; currencies without a direct rate convert
 * through others (EUR to USD to CNY), using the fewest steps.
 */
public final class ExchangeRates {
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private final List<ExchangeRate> rates;
    private final Map<Currency, Map<Currency, BigDecimal>> graph = new HashMap<>();

    public ExchangeRates(List<ExchangeRate> rates) {
        this.rates = List.copyOf(rates);
        Set<String> pairs = new HashSet<>();
        for (ExchangeRate rate : this.rates) {
            String pair = key(rate.from(), rate.to());
            if (!pairs.add(pair) || !pairs.add(key(rate.to(), rate.from()))) {
                throw new InvalidValueException("exchangeRates", "value.duplicateRate", rate.from(), rate.to());
            }
            edge(rate.from(), rate.to(), rate.rate());
            edge(rate.to(), rate.from(), BigDecimal.ONE.divide(rate.rate(), PRECISION));
        }
    }

    public static ExchangeRates none() {
        return new ExchangeRates(List.of());
    }

    public List<ExchangeRate> all() {
        return rates;
    }

    /** The factor that turns an amount in {@code from} into {@code to}, if the rates connect them. */
    public Optional<BigDecimal> factor(Currency from, Currency to) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        Map<Currency, BigDecimal> reached = new HashMap<>(Map.of(from, BigDecimal.ONE));
        ArrayDeque<Currency> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            Currency here = queue.removeFirst();
            for (var next : graph.getOrDefault(here, Map.of()).entrySet()) {
                if (!reached.containsKey(next.getKey())) {
                    BigDecimal factor = reached.get(here).multiply(next.getValue(), PRECISION);
                    if (next.getKey().equals(to)) {
                        return Optional.of(factor);
                    }
                    reached.put(next.getKey(), factor);
                    queue.addLast(next.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Converts money into another currency; throws when no rate connects the two. */
    public Money convert(Money money, Currency to) {
        BigDecimal factor =
                factor(money.currency(), to).orElseThrow(() -> new MissingRateException(money.currency(), to));
        return new Money(money.amount().multiply(factor, PRECISION), to);
    }

    private void edge(Currency from, Currency to, BigDecimal factor) {
        graph.computeIfAbsent(from, c -> new HashMap<>()).put(to, factor);
    }

    private static String key(Currency a, Currency b) {
        return a.getCurrencyCode() + ">" + b.getCurrencyCode();
    }
}
