package dev.reelrank.model;

import java.util.Currency;

/** No exchange rate in the project connects two currencies. */
public final class MissingRateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingRateException(Currency from, Currency to) {
        super("no exchange rate from " + from + " to " + to + "; add one to the project");
    }
}
