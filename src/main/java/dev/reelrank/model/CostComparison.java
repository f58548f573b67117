package dev.reelrank.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which product's cost the comparison tile sets against which others: a project setting, saved
 * with the project. It names products by id and may name products the project no longer holds
 * (one was deleted); the tile then says so.
 *
 * @param reference the product whose cost is compared
 * @param against   the products it is compared with, in the order shown; 1 to {@value #MAX_AGAINST},
 *                  without repeats and without the reference
 */
public record CostComparison(String reference, List<String> against) {
    /** At most this many products to compare with, so the tile stays readable. */
    public static final int MAX_AGAINST = 6;

    /** Kling 1.6 against Veo 2 and Sora: the seed's comparison ("about a quarter of their cost"). */
    public static final CostComparison DEFAULT = new CostComparison("kling-1.6", List.of("veo-2", "sora"));

    public CostComparison {
        Checks.id("reference", reference);
        against = List.copyOf(Checks.present("against", against));
        if (against.isEmpty()) {
            throw new InvalidValueException("against", "value.compareWithNone");
        }
        if (against.size() > MAX_AGAINST) {
            throw new InvalidValueException("against", "value.compareWithTooMany", MAX_AGAINST, against.size());
        }
        Set<String> seen = new HashSet<>();
        for (String id : against) {
            Checks.id("against", id);
            if (id.equals(reference)) {
                throw new InvalidValueException("against", "value.compareWithItself", id);
            }
            if (!seen.add(id)) {
                throw new InvalidValueException("against", "value.compareWithTwice", id);
            }
        }
    }

    /** The reference and the products compared with it, the reference first. */
    public List<String> ids() {
        return Stream.concat(Stream.of(reference), against.stream()).toList();
    }
}
