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

    PriceTexts(Texts texts) {
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
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
        String amount = numbers.amount(price.amount());
        String currency = price.currency().getCurrencyCode();
        return switch (price.unit()) {
            case PriceUnit.PerClip clip -> texts.format("unit.perClip", amount, currency, clip.clipSeconds());
            case PriceUnit.PerSecond s -> texts.format("unit.perSecond", amount, currency);
            case PriceUnit.PerMinute m -> texts.format("unit.perMinute", amount, currency);
            case PriceUnit.PerCredit credit -> texts.format("unit.perCredit", amount, currency,
                    numbers.amount(credit.creditsPerClip()), credit.clipSeconds());
            case PriceUnit.MonthlyPlan plan -> plan.allowanceUnit() == PriceUnit.Allowance.CLIPS
                    ? texts.format("unit.monthlyClips", amount, currency, numbers.amount(plan.allowance()),
                            plan.clipSeconds())
                    : texts.format("unit.monthlySeconds", amount, currency, numbers.amount(plan.allowance()));
        };
    }

    String kind(PriceOption option) {
        if (!option.hasFigure()) {
            return "";
        }
        return texts.get(option.kind() == PriceKind.ESTIMATE ? "kind.estimate" : "kind.listPrice");
    }

    String asOf(PriceOption option) {
        return option.provenance().asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(texts.locale()));
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
        text.append('\n').append(texts.format("price.source", option.provenance().source(), asOf(option)));
        if (option.note() != null) {
            text.append('\n').append(option.note());
        }
        return text.toString();
    }
}
