package dev.reelrank.model;

import java.util.Currency;

/** No exchange rate in the project connects two currencies. */
public final class MissingRateException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient LocalText explanation;

    public MissingRateException(Currency from, Currency to) {
        this(LocalText.of("value.missingRate", from, to));
    }

    private MissingRateException(LocalText explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public LocalText explanation() {
        return explanation;
    }
}
