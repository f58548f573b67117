package dev.reelrank.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a product was announced, became available and was discontinued, each with its source. A
 * product whose dates are unknown has none; one that is still sold has no discontinuation.
 */
public record Lifecycle(
        Optional<DatedFact> announced, Optional<DatedFact> available, Optional<DatedFact> discontinued) {
    public static final Lifecycle UNKNOWN = new Lifecycle(Optional.empty(), Optional.empty(), Optional.empty());

    public Lifecycle {
        announced = announced == null ? Optional.empty() : announced;
        available = available == null ? Optional.empty() : available;
        discontinued = discontinued == null ? Optional.empty() : discontinued;
        LocalDate start = available.map(DatedFact::date).orElse(null);
        if (start != null && announced.isPresent() && announced.get().date().isAfter(start)) {
            throw new InvalidValueException("available", "value.lifecycleOrder");
        }
        LocalDate begun = start != null ? start : announced.map(DatedFact::date).orElse(null);
        if (begun != null
                && discontinued.isPresent()
                && discontinued.get().date().isBefore(begun)) {
            throw new InvalidValueException("discontinued", "value.lifecycleOrder");
        }
    }

    /** A lifecycle from what a file states; null means "not stated". */
    public static Lifecycle of(DatedFact announced, DatedFact available, DatedFact discontinued) {
        return new Lifecycle(
                Optional.ofNullable(announced), Optional.ofNullable(available), Optional.ofNullable(discontinued));
    }

    /** Whether the product was no longer offered on {@code day}. */
    public boolean discontinuedBy(LocalDate day) {
        return discontinued.map(fact -> !fact.date().isAfter(day)).orElse(false);
    }
}
