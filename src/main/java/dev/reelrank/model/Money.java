package dev.reelrank.model;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in one ISO 4217 currency. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Checks.present("amount", amount);
        Checks.present("currency", currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currencies.parse(currencyCode));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
