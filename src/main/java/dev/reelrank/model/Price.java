package dev.reelrank.model;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in a currency and the unit the source published it in. */
public record Price(BigDecimal amount, Currency currency, PriceUnit unit) {
    /** Decimal places an amount, or any other number of a project, may have. */
    public static final int MAX_DECIMAL_PLACES = Checks.MAX_DECIMAL_PLACES;

    public Price {
        amount = Checks.amount("amount", amount);
        Checks.present("currency", currency);
        Checks.present("unit", unit);
    }

    /** The cost of one second of generated video, in this price's currency. */
    public Money perSecond() {
        return new Money(unit.perSecond(amount), currency);
    }
}
