package dev.reelrank.cli;

import dev.reelrank.model.PriceOption;

/** How the command line names a price option's kind of figure. */
final class PriceWords {
    private PriceWords() {}

    /**
     * The kind of figure, e.g. "API price", "plan" or "estimate, derived": the one place the
     * command line words it, so a new kind or status is worded here and nowhere else.
     */
    static String kind(PriceOption option) {
        if (!option.hasFigure()) {
            return "no figure";
        }
        String kind = switch (option.kind()) {
            case API -> "API price";
            case PLAN -> "plan";
            case CREDITS -> "credits";
            case ESTIMATE -> "estimate";
        };
        return option.derived() ? kind + ", derived" : kind;
    }
}
