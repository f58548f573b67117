package dev.reelrank.viewmodel;

import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceUnit;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Describes price options in words: the amount in its published unit, its kind and its source. */
final class PriceTexts {
    private final Texts texts;
    private final Numbers numbers;
    private final DateTimeFormatter dates;

    PriceTexts(Texts texts) {
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
    }

    /** The figure in the unit the source published, e.g. "0.5 USD per second". */
    String figure(PriceOption option) {
        return switch (option.status()) {
            case NOT_PUBLIC -> texts.get("price.notPublic");
            case NOT_SOURCED -> texts.get("price.notSourced");
            case PUBLISHED -> figure(option.price());
        };
    }

    private String figure(Price price) {
        return texts.format("price.figure", numbers.amount(price.amount()), price.currency().getCurrencyCode(),
                unit(price.unit()));
    }

    /** The unit alone, e.g. "per credit, 10 credits per 5-s clip". */
    String unit(PriceUnit unit) {
        return switch (unit) {
            case PriceUnit.PerClip clip -> texts.format("unit.perClip", clip.clipSeconds());
            case PriceUnit.PerSecond s -> texts.get("unit.perSecond");
            case PriceUnit.PerMinute m -> texts.get("unit.perMinute");
            case PriceUnit.PerCredit credit -> texts.format("unit.perCredit", numbers.amount(credit.creditsPerClip()),
                    credit.clipSeconds());
            case PriceUnit.MonthlyPlan plan -> plan.allowanceUnit() == PriceUnit.Allowance.CLIPS
                    ? texts.format("unit.monthlyClips", numbers.amount(plan.allowance()), plan.clipSeconds())
                    : texts.format("unit.monthlySeconds", numbers.amount(plan.allowance()));
        };
    }

    /** The source as every tooltip and footnote cites it, with the "edited" mark when a user changed the figure. */
    String source(PriceOption option) {
        String cited = texts.format("price.source", option.provenance().source(), asOf(option));
        return option.editedOn().map(day -> texts.format("price.edited", date(day)) + " " + cited).orElse(cited);
    }

    String date(java.time.LocalDate day) {
        return day.format(dates);
    }

    String kind(PriceOption option) {
        if (!option.hasFigure()) {
            return "";
        }
        return texts.get(option.kind() == PriceKind.ESTIMATE ? "kind.estimate" : "kind.listPrice");
    }

    String asOf(PriceOption option) {
        return date(option.provenance().asOf());
    }

    /** Everything a reader needs to judge the figure: option, kind, source, date and assumptions. */
    String details(PriceOption option) {
        StringBuilder text = new StringBuilder(option.label()).append(": ").append(figure(option));
        if (option.hasFigure()) {
            text.append(" (").append(kind(option)).append(')');
            if (option.price().unit().assumesFullUse()) {
                text.append('\n').append(texts.get("price.assumesFullUse"));
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
