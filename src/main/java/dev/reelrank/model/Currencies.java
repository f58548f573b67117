package dev.reelrank.model;

import java.util.Currency;
import java.util.Locale;

/** ISO 4217 currency codes as people type them. */
public final class Currencies {
    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Currency USD = Currency.getInstance("USD");

    private Currencies() {}

    /** Parses a three-letter ISO 4217 code such as CNY or usd. */
    public static Currency parse(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            throw new InvalidValueException("currency", code == null ? "value.currency" : "value.currencyGot", code);
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "value.unknownCurrency", code.strip());
        }
    }
}
