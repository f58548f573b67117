package dev.reelrank.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A figure a price option had from a day on, in the option's own currency and unit, with who
 * said so: "0.75 USD a second from 2025-05-20 (Google's Vertex AI price list)".
 *
 * @param date       the first day the figure held
 * @param amount     per unit, kept exactly as written
 * @param source     who published it, in words a reader can look up
 * @param url        where to read it
 * @param sourceKind who the source is
 */
public record PriceObservation(
        LocalDate date, BigDecimal amount, String source, Optional<String> url, Optional<SourceKind> sourceKind) {
    public PriceObservation {
        date = Checks.date("date", date);
        amount = Checks.amount("amount", amount);
        source = Checks.text("source", source);
        url = url == null ? Optional.empty() : Optional.ofNullable(Checks.optionalText("url", url.orElse(null)));
        sourceKind = sourceKind == null ? Optional.empty() : sourceKind;
    }

    /** An observation from what a file or a test states; null means "not stated". */
    public static PriceObservation of(
            LocalDate date, BigDecimal amount, String source, String url, SourceKind sourceKind) {
        return new PriceObservation(date, amount, source, Optional.ofNullable(url), Optional.ofNullable(sourceKind));
    }

    /** The figure in the currency and unit of the price it belongs to. */
    public Price in(Price current) {
        return new Price(amount, current.currency(), current.unit());
    }
}
