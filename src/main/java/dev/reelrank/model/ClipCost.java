package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Optional;

/**
 * What one clip costs under a price option, and how long that clip is: the clip length the
 * source priced (per clip, credits per clip, a plan of clips), or the standard 5 seconds for
 * prices per second, per minute or per second of a plan, which is then an assumption to state.
 */
public record ClipCost(Money perClip, int clipSeconds, boolean lengthAssumed) {
    public static Optional<ClipCost> of(PriceOption option) {
        if (!option.hasFigure()) {
            return Optional.empty();
        }
        Price price = option.price();
        int seconds;
        boolean assumed;
        switch (price.unit()) {
            case PriceUnit.PerClip clip -> {
                seconds = clip.clipSeconds();
                assumed = false;
            }
            case PriceUnit.PerCredit credit -> {
                seconds = credit.clipSeconds();
                assumed = false;
            }
            case PriceUnit.MonthlyPlan plan -> {
                // A plan that names no clip length is costed at the standard clip, and says so.
                assumed = plan.clipSeconds() == null;
                seconds = assumed ? VideoCost.STANDARD_CLIP_SECONDS : plan.clipSeconds();
            }
            default -> {
                seconds = VideoCost.STANDARD_CLIP_SECONDS;
                assumed = true;
            }
        }
        BigDecimal perSecond = price.unit().perSecond(price.amount());
        return Optional.of(new ClipCost(
                new Money(perSecond.multiply(BigDecimal.valueOf(seconds)), price.currency()), seconds, assumed));
    }

    /**
     * A clip of {@code seconds} at the same price a second: pro rata, as the cost chart converts
     * every unit. A clip of another length costs what this one does only when the lengths match.
     */
    public ClipCost lasting(int seconds) {
        if (seconds == clipSeconds) {
            return this;
        }
        BigDecimal amount = perClip.amount()
                .multiply(BigDecimal.valueOf(seconds))
                .divide(BigDecimal.valueOf(clipSeconds), MathContext.DECIMAL128);
        return new ClipCost(new Money(amount, perClip.currency()), seconds, lengthAssumed);
    }

    /** Whether the source priced a clip of stated length other than the standard 5 s, which is then costed pro rata. */
    public boolean ofAnotherLength() {
        return !lengthAssumed && clipSeconds != VideoCost.STANDARD_CLIP_SECONDS;
    }

    /** The same clip in another currency. */
    public ClipCost in(Currency currency, ExchangeRates rates) {
        return new ClipCost(rates.convert(perClip, currency), clipSeconds, lengthAssumed);
    }
}
