package dev.reelrank.viewmodel.text;

import dev.reelrank.model.DatedFact;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceTerms;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Describes price options in words: the amount in its published unit, its kind and its source. */
public final class PriceTexts {
    private final Texts texts;
    private final Numbers numbers;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    public PriceTexts(Texts texts) {
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        this.months = DateTimeFormatter.ofPattern(
                "zh".equals(texts.locale().getLanguage()) ? "yyyy年M月" : "MMM yyyy", texts.locale());
    }

    /** The figure in the unit the source published, e.g. "0.5 USD per second". */
    public String figure(PriceOption option) {
        return switch (option.status()) {
            case NOT_PUBLIC -> texts.get("price.notPublic");
            case NOT_SOURCED -> texts.get("price.notSourced");
            case PUBLISHED, DERIVED -> figure(option.price());
        };
    }

    private String figure(Price price) {
        return texts.format(
                "price.figure", numbers.amount(price.amount()), price.currency().getCurrencyCode(), unit(price.unit()));
    }

    /** The unit alone, e.g. "per credit, 10 credits per 5-s clip". */
    public String unit(PriceUnit unit) {
        return switch (unit) {
            case PriceUnit.PerClip clip -> texts.format("unit.perClip", clip.clipSeconds());
            case PriceUnit.PerSecond s -> texts.get("unit.perSecond");
            case PriceUnit.PerMinute m -> texts.get("unit.perMinute");
            case PriceUnit.PerCredit credit ->
                texts.format("unit.perCredit", numbers.amount(credit.creditsPerClip()), credit.clipSeconds());
            case PriceUnit.MonthlyPlan plan ->
                switch (plan.allowanceUnit()) {
                    case CLIPS ->
                        texts.format("unit.monthlyClips", numbers.amount(plan.allowance()), plan.clipSeconds());
                    case SECONDS -> texts.format("unit.monthlySeconds", numbers.amount(plan.allowance()));
                    case CREDITS ->
                        texts.format(
                                "unit.monthlyCredits",
                                numbers.amount(plan.allowance()),
                                numbers.amount(plan.creditsPerClip()),
                                plan.clipSeconds());
                };
        };
    }

    /** The share of a plan's allowance its cost per second assumes used, e.g. "100%". */
    public String utilisation(PriceUnit.MonthlyPlan plan) {
        // As typed (80, 62.5), never rounded: it is the user's own assumption.
        return plan.utilisation().stripTrailingZeros().toPlainString() + "%";
    }

    /** "assumes 100% of the allowance used" for a plan, else empty: shown beside every figure derived from a plan. */
    public String assumption(PriceOption option) {
        return option.hasFigure() && option.price().unit() instanceof PriceUnit.MonthlyPlan plan
                ? texts.format("price.utilisation", utilisation(plan))
                : "";
    }

    /**
     * The source as every tooltip and footnote cites it, with the kind of source (vendor, press,
     * reseller, analyst) and the "edited" mark when a user changed the figure.
     */
    public String source(PriceOption option) {
        String cited = texts.format(
                "price.sourceKinded", sourceKind(option), option.provenance().source(), asOf(option));
        return option.editedOn()
                .map(day -> texts.format("price.edited", date(day)) + " " + cited)
                .orElse(cited);
    }

    public String date(LocalDate day) {
        return day.format(dates);
    }

    /** "vendor's own page", "reseller, not the vendor", ... */
    public String sourceKind(PriceOption option) {
        return texts.get(option.terms()
                .sourceKind()
                .map(k -> "sourceKind." + k.name().toLowerCase(Locale.ROOT))
                .orElse("sourceKind.unstated"));
    }

    /** The kind's name, e.g. "Credits", or "Estimate, derived" for a figure the data derived itself. */
    public String kind(PriceOption option) {
        if (!option.hasFigure()) {
            return "";
        }
        String name = kindName(option.kind());
        return option.derived() ? texts.format("kind.derived", name) : name;
    }

    /** The kind with a one-word source kind, e.g. "Credits, analyst", for footnotes short of room. */
    public String kindWithSource(PriceOption option) {
        return option.terms()
                .sourceKind()
                .map(k -> texts.format(
                        "kind.withSource",
                        kind(option),
                        texts.get("sourceKind.short." + k.name().toLowerCase(Locale.ROOT))))
                .orElse(kind(option));
    }

    public String kindName(PriceKind kind) {
        return texts.get(kindKey(kind));
    }

    public static String kindKey(PriceKind kind) {
        return switch (kind) {
            case API -> "kind.api";
            case PLAN -> "kind.plan";
            case CREDITS -> "kind.credits";
            case ESTIMATE -> "kind.estimate";
        };
    }

    /**
     * What one side of a comparison stands on: kind, resolution and month, e.g. "Credits, 720p,
     * Sep 2025". Two figures of different kinds are only put side by side with this said; the tier
     * and the rest are in the tooltip.
     */
    public String basis(PriceOption option) {
        List<String> parts = new ArrayList<>();
        parts.add(kind(option));
        option.terms().resolution().ifPresent(parts::add);
        if (option.hasFigure() && option.price().unit() instanceof PriceUnit.MonthlyPlan plan) {
            parts.add(texts.format("price.used", utilisation(plan)));
        }
        parts.add(option.provenance().asOf().format(months));
        return texts.list(parts);
    }

    /**
     * " · discontinued Apr 2026" after a chart label when the product was no longer offered on
     * {@code today}, else empty: a closed product's figure is history, not a price anyone can pay.
     */
    public String discontinuedMark(Product product, LocalDate today) {
        return closedBy(product, today)
                .map(fact -> texts.format("chart.discontinued", fact.date().format(months)))
                .orElse("");
    }

    /** The tooltip line for a discontinued product, with its date and source; else empty. */
    public String discontinuedNote(Product product, LocalDate today) {
        return closedBy(product, today)
                .map(fact -> "\n" + dated("details.discontinued", fact))
                .orElse("");
    }

    private static Optional<DatedFact> closedBy(Product product, LocalDate today) {
        return product.lifecycle().discontinuedBy(today) ? product.lifecycle().discontinued() : Optional.empty();
    }

    /** A dated fact in words, e.g. "Discontinued Apr 26, 2026 (OpenAI's help centre)". */
    public String dated(String key, DatedFact fact) {
        return texts.format(key, date(fact.date()), fact.source());
    }

    public String asOf(PriceOption option) {
        return date(option.provenance().asOf());
    }

    /**
     * What the figure stands on, one line each: tier, resolution, whose estimate, how it was
     * derived, and the share of a plan's allowance assumed used. Empty when nothing applies.
     */
    public String standing(PriceOption option) {
        if (!option.hasFigure()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        PriceTerms terms = option.terms();
        terms.tier().ifPresent(tier -> lines.add(texts.format("price.tier", tier)));
        terms.resolution().ifPresent(lines::add);
        terms.estimateBy().ifPresent(by -> lines.add(texts.format("kind.estimateBy", by)));
        terms.method()
                .ifPresent(how ->
                        lines.add(texts.format(option.derived() ? "price.derivation" : "price.estimation", how)));
        if (option.price().unit() instanceof PriceUnit.MonthlyPlan plan) {
            lines.add(texts.format("price.assumesFullUse", utilisation(plan)));
        }
        return String.join("\n", lines);
    }

    /** Everything a reader needs to judge the figure: option, kind, source, date and assumptions. */
    public String details(PriceOption option) {
        StringBuilder text = new StringBuilder(option.label()).append(": ").append(figure(option));
        if (option.hasFigure()) {
            text.append(" (").append(kind(option)).append(')');
            String standing = standing(option);
            if (!standing.isEmpty()) {
                text.append('\n').append(standing);
            }
        } else {
            text.append('\n').append(option.reason());
        }
        text.append('\n').append(source(option));
        if (option.note() != null) {
            text.append('\n').append(option.note());
        }
        return text.toString();
    }
}
