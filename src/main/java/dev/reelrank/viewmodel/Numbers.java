package dev.reelrank.viewmodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats for the UI language. */
final class Numbers {
    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    /** A price as its source gave it, with grouping and every significant decimal. */
    String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** A derived cost: two decimals, or three significant digits for costs under 0.1. */
    String cost(BigDecimal value) {
        BigDecimal shown = value.abs().compareTo(new BigDecimal("0.1")) < 0 && value.signum() != 0
                ? value.round(new java.math.MathContext(3, RoundingMode.HALF_EVEN))
                : value.setScale(2, RoundingMode.HALF_EVEN);
        DecimalFormat format = new DecimalFormat(shown.scale() > 2 ? "#,##0.######" : "#,##0.00",
                DecimalFormatSymbols.getInstance(locale));
        return format.format(shown);
    }

    String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    String whole(double value) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
