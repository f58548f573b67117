package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;

/**
 * The cost of generated video, normalised to one second so that products priced per clip, per
 * second, per credit or per plan compare; per 5-second clip and per minute are pro rata.
 */
public record VideoCost(Money perSecond) {
    public static final int STANDARD_CLIP_SECONDS = 5;

    public VideoCost {
        Checks.present("perSecond", perSecond);
    }

    public static VideoCost of(Price price) {
        return new VideoCost(price.perSecond());
    }

    /** The same cost in another currency. */
    public VideoCost in(Currency currency, ExchangeRates rates) {
        return new VideoCost(rates.convert(perSecond, currency));
    }

    public Money perClip(int seconds) {
        return perSecond.times(BigDecimal.valueOf(seconds));
    }

    public Money perFiveSecondClip() {
        return perClip(STANDARD_CLIP_SECONDS);
    }

    public Money perMinute() {
        return perSecond.times(BigDecimal.valueOf(60));
    }

    public Currency currency() {
        return perSecond.currency();
    }

    /** Rounds for display without changing the exact value kept in the model. */
    public static BigDecimal rounded(BigDecimal value, int significantDigits) {
        return value.round(new MathContext(significantDigits)).stripTrailingZeros();
    }
}
