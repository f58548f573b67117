package dev.reelrank.cli;

import dev.reelrank.model.PriceOption;

/** How the command line names a price option's kind of figure. */
final class PriceWords {
    private PriceWords() {
    }

    /**
     * The kind of figure, e.g. "list price" or "estimate": the one place the command line words it,
     * so a new kind or status is worded here and nowhere else.
     */
    static String kind(PriceOption option) {
        if (!option.hasFigure()) {
            return "no figure";
        }
        return switch (option.kind()) {
            case LIST_PRICE -> "list price";
            case ESTIMATE -> "estimate";
        };
    }
}
