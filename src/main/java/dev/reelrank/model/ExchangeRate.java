package dev.reelrank.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One unit of {@code from} buys {@code rate} units of {@code to}, on the date in its provenance.
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, Provenance provenance) {
    private static final BigDecimal MAX_RATE = new BigDecimal("1e6");
    private static final BigDecimal MIN_RATE = new BigDecimal("1e-6");

    public ExchangeRate {
        Checks.present("from", from);
        Checks.present("to", to);
        if (from.equals(to)) {
            throw new InvalidValueException("to", "value.sameCurrency", from);
        }
        rate = Checks.positive("rate", rate, MAX_RATE);
        if (rate.compareTo(MIN_RATE) < 0) {
            throw new InvalidValueException("rate", "value.rateTooSmall", Checks.plain(rate));
        }
        Checks.present("provenance", provenance);
    }
}
