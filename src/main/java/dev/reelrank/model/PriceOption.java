package dev.reelrank.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One way to buy a product (a tier, a plan, a resolution), or the statement that no figure is
 * available and why.
 *
 * @param id         unique within the product
 * @param label      what the option is called, e.g. "Professional mode" or "ChatGPT Pro"
 * @param status     whether there is a figure, and whether somebody published it or ReelRank's data derived it
 * @param price      the figure; present exactly when the status has one
 * @param kind       API, plan, credits or estimate; present exactly when the status has a figure
 * @param reason     why there is no figure; present exactly when the status has none
 * @param provenance who says so and when
 * @param terms      who the source is, and the tier, resolution or derivation the figure stands on
 * @param note       assumptions behind the figure (e.g. a clip length the source did not state), or null
 * @param edited     the day a user changed the figure without giving a new source, or null; every
 *                   place that shows the source says so
 * @param history    the figures the option had before its current one, oldest first, each dated
 *                   before the current figure's as-of date; empty when none are on record
 */
public record PriceOption(
        String id,
        String label,
        PriceStatus status,
        Price price,
        PriceKind kind,
        String reason,
        Provenance provenance,
        PriceTerms terms,
        String note,
        LocalDate edited,
        List<PriceObservation> history) {
    /** Observations per option a file may hold: decades of daily changes, far more than any vendor makes. */
    public static final int MAX_HISTORY = 1_000;

    public PriceOption {
        id = Checks.id("id", id);
        label = Checks.name("label", label);
        Checks.present("status", status);
        terms = terms == null ? PriceTerms.NONE : terms;
        if (status.hasFigure()) {
            Checks.present("price", price);
            Checks.present("kind", kind);
            if (reason != null) {
                throw new InvalidValueException("reason", "value.reasonForPublished");
            }
            if (!kind.fits(price.unit())) {
                throw new InvalidValueException("kind", "value.kindUnit");
            }
            if (status == PriceStatus.DERIVED && terms.method().isEmpty()) {
                throw new InvalidValueException("method", "value.derivedMethod");
            }
        } else {
            if (price != null) {
                throw new InvalidValueException(
                        "amount",
                        "value.leaveOut",
                        status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            if (kind != null) {
                throw new InvalidValueException("kind", "value.kindWithoutFigure");
            }
            reason = Checks.text("reason", reason);
        }
        Checks.present("provenance", provenance);
        note = Checks.optionalText("note", note);
        if (edited != null) {
            Checks.date("edited", edited);
        }
        history = checkedHistory(history == null ? List.of() : history, status, provenance.asOf());
    }

    /** An option without earlier figures. */
    public PriceOption(
            String id,
            String label,
            PriceStatus status,
            Price price,
            PriceKind kind,
            String reason,
            Provenance provenance,
            PriceTerms terms,
            String note,
            LocalDate edited) {
        this(id, label, status, price, kind, reason, provenance, terms, note, edited, List.of());
    }

    /**
     * Earlier figures only make sense beside a current one, and a step line needs them in date
     * order, each before the current figure took over; the field names the observation at fault.
     */
    private static List<PriceObservation> checkedHistory(
            List<PriceObservation> history, PriceStatus status, LocalDate asOf) {
        if (history.isEmpty()) {
            return List.of();
        }
        if (!status.hasFigure()) {
            throw new InvalidValueException("history", "value.historyWithoutFigure");
        }
        if (history.size() > MAX_HISTORY) {
            throw new InvalidValueException("history", "value.tooManyObservations", MAX_HISTORY, history.size());
        }
        for (int i = 0; i < history.size(); i++) {
            PriceObservation observation = Checks.present("history[" + i + "]", history.get(i));
            if (i > 0 && !observation.date().isAfter(history.get(i - 1).date())) {
                throw new InvalidValueException(
                        "history[" + i + "].date",
                        "value.historyOrder",
                        history.get(i - 1).date(),
                        observation.date());
            }
            if (!observation.date().isBefore(asOf)) {
                throw new InvalidValueException(
                        "history[" + i + "].date", "value.historyAfterCurrent", asOf, observation.date());
            }
        }
        return List.copyOf(history);
    }

    public static PriceOption published(
            String id,
            String label,
            PriceKind kind,
            Price price,
            Provenance provenance,
            PriceTerms terms,
            String note) {
        return new PriceOption(id, label, PriceStatus.PUBLISHED, price, kind, null, provenance, terms, note, null);
    }

    public static PriceOption unavailable(
            String id, String label, PriceStatus status, String reason, Provenance provenance) {
        return new PriceOption(id, label, status, null, null, reason, provenance, PriceTerms.NONE, null, null);
    }

    /**
     * The same option with a figure a user typed, marked edited on {@code day} unless the source
     * changes too. A figure typed over a derived one is the user's own, so it is no longer derived.
     */
    public PriceOption withPrice(Price newPrice, PriceKind newKind, LocalDate day) {
        PriceKind chosen =
                newKind != null && newKind.fits(newPrice.unit()) ? newKind : PriceKind.ofListPrice(newPrice.unit());
        return new PriceOption(
                id, label, PriceStatus.PUBLISHED, newPrice, chosen, null, provenance, terms, note, day, history);
    }

    /** A new source vouches for the figure, so the "edited" mark goes. */
    public PriceOption withProvenance(Provenance newProvenance) {
        return new PriceOption(id, label, status, price, kind, reason, newProvenance, terms, note, null, history);
    }

    /**
     * The same figure stated in another unit of the same kind (a plan with another assumed use):
     * an assumption changed, not the figure, so neither the status nor the "edited" mark changes.
     */
    public PriceOption withUnit(PriceUnit newUnit) {
        return new PriceOption(
                id,
                label,
                status,
                new Price(price.amount(), price.currency(), newUnit),
                kind,
                reason,
                provenance,
                terms,
                note,
                edited,
                history);
    }

    public PriceOption withKind(PriceKind newKind) {
        return new PriceOption(id, label, status, price, newKind, reason, provenance, terms, note, edited, history);
    }

    public PriceOption withTerms(PriceTerms newTerms) {
        return new PriceOption(id, label, status, price, kind, reason, provenance, newTerms, note, edited, history);
    }

    public Optional<LocalDate> editedOn() {
        return Optional.ofNullable(edited);
    }

    public boolean hasFigure() {
        return status.hasFigure();
    }

    /** A figure ReelRank's data derived rather than one somebody published. */
    public boolean derived() {
        return status == PriceStatus.DERIVED;
    }

    public Optional<Price> figure() {
        return Optional.ofNullable(price);
    }

    public PriceOption withHistory(List<PriceObservation> earlier) {
        return new PriceOption(id, label, status, price, kind, reason, provenance, terms, note, edited, earlier);
    }

    /** The current figure as an observation: its amount, from its as-of date, with its source. */
    public Optional<PriceObservation> current() {
        return figure().map(p -> new PriceObservation(
                provenance.asOf(), p.amount(), provenance.source(), provenance.link(), terms.sourceKind()));
    }

    /** Every figure on record, oldest first: the history, then the current figure. */
    public List<PriceObservation> figures() {
        List<PriceObservation> all = new ArrayList<>(history);
        current().ifPresent(all::add);
        return all;
    }

    /**
     * The figure valid on {@code day}: the last one dated on or before it; empty before the first
     * one on record, or when the option has no figure.
     */
    public Optional<PriceObservation> figureOn(LocalDate day) {
        PriceObservation valid = null;
        for (PriceObservation observation : figures()) {
            if (observation.date().isAfter(day)) {
                break;
            }
            valid = observation;
        }
        return Optional.ofNullable(valid);
    }
}
