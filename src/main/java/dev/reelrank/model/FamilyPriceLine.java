package dev.reelrank.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a product family charged over time: on each day, the compared price of its newest
 * generation on sale that day, at the figure valid that day. A new generation at a new price is a
 * step, and so is a price change; the line stops when no generation is on sale any more.
 */
public final class FamilyPriceLine {
    private FamilyPriceLine() {}

    /**
     * From {@code from} on, {@code product} cost {@code figure}.
     *
     * @param carriedBack the figure is the product's earliest on record, dated after {@code from}:
     *                    what it cost before that is not known, and the line assumes the same
     */
    public record Step(LocalDate from, Product product, PriceObservation figure, boolean carriedBack) {}

    /**
     * An unbroken run of steps up to {@code until}: the day the last generation was discontinued,
     * or today when one is still on sale.
     */
    public record Stretch(List<Step> steps, LocalDate until, boolean discontinued) {
        public Stretch {
            steps = List.copyOf(steps);
        }
    }

    /** The day a product went on sale: its availability date when known, else its release date. */
    public static LocalDate onSale(Product product) {
        return product.lifecycle().available().map(DatedFact::date).orElse(product.releaseDate());
    }

    /**
     * The family's line from the first generation's release to {@code today}.
     *
     * @param generations the family's products whose compared option has a figure to draw
     */
    public static List<Stretch> of(List<Product> generations, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Product product : generations) {
            days.add(onSale(product));
            product.lifecycle().discontinued().ifPresent(fact -> days.add(fact.date()));
            product.compared().figures().forEach(figure -> days.add(figure.date()));
        }
        List<Stretch> stretches = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (LocalDate day : days) {
            Optional<Product> newest = generations.stream()
                    .filter(p -> !onSale(p).isAfter(day) && !p.lifecycle().discontinuedBy(day))
                    .max(Comparator.comparing(FamilyPriceLine::onSale).thenComparing(Product::releaseDate));
            if (newest.isEmpty()) {
                if (!steps.isEmpty()) {
                    stretches.add(new Stretch(steps, day, true));
                    steps = new ArrayList<>();
                }
                continue;
            }
            Product product = newest.get();
            PriceOption option = product.compared();
            PriceObservation figure = option.figureOn(day)
                    .or(() -> option.figures().stream().findFirst())
                    .orElseThrow();
            Step last = steps.isEmpty() ? null : steps.getLast();
            // A later source confirming the same figure is no step: the line shows changes of price.
            if (last == null
                    || !last.product().id().equals(product.id())
                    || last.figure().amount().compareTo(figure.amount()) != 0) {
                steps.add(new Step(day, product, figure, figure.date().isAfter(day)));
            }
        }
        if (!steps.isEmpty()) {
            LocalDate lastStep = steps.getLast().from();
            stretches.add(new Stretch(steps, today.isBefore(lastStep) ? lastStep : today, false));
        }
        return stretches;
    }
}
