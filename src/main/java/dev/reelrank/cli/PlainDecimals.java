package dev.reelrank.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the command line writes numbers in CSV: plain decimals (never scientific notation), rounded
 * once, when written, from the exact values the model computed, so that a conversion such as
 * CNY to USD at 1 / 7.3 never shows as {@code 199999999.99999998}. Halves round up (away from zero).
 */
final class PlainDecimals {
    /** The rule in one line, as the README and {@code scenario --help} state it. */
    static final String RULE = "money to the cent (2 decimals); costs per clip and shares to 6 significant digits"
            + " (costs never coarser than the cent); clips to whole clips; halves round up";

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_UP);

    private PlainDecimals() {}

    /** A yearly amount of money: always two decimals, e.g. {@code 1211800000.00}. */
    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A cost per clip: 6 significant digits, or to the cent where that is finer; no trailing zeros. */
    static String unitCost(BigDecimal value) {
        BigDecimal sixDigits = value.round(SIX_DIGITS);
        BigDecimal shown = sixDigits.scale() >= 2 ? sixDigits : value.setScale(2, RoundingMode.HALF_UP);
        return plain(shown);
    }

    /** A share or a rate: 6 significant digits, no trailing zeros, e.g. {@code 0.1}. */
    static String significant(BigDecimal value) {
        return plain(value.round(SIX_DIGITS));
    }

    /** A count: whole numbers, e.g. {@code 1460000000}. */
    static String whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
